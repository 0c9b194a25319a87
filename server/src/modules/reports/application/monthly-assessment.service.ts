import { Injectable } from '@nestjs/common';
import { addMonths } from '../../../platform/calendar/month';
import type { Principal } from '../../identity/domain/principal';
import { shanghaiWallClock } from '../../../platform/files/xlsx-writer';
import { reportContent } from './monthly-assessment-content';
import { assessmentFileName, assessmentPdf, assessmentWorkbook } from './monthly-assessment-files';
import { ScorecardService } from './scorecard.service';

/** 月度考核报告: a unit's month (participation, scores and ranks, KPIs) against the month before, as XLSX or PDF. */
@Injectable()
export class MonthlyAssessmentService {
  constructor(private readonly scorecards: ScorecardService) {}

  async report(principal: Principal, unitId: string, month: string, format: 'xlsx' | 'pdf'): Promise<{ file: Buffer; fileName: string }> {
    const current = await this.scorecards.unitMonth(principal, unitId, month);
    const previous = await this.scorecards.unitMonth(principal, unitId, addMonths(current.month, -1));
    const content = reportContent(current, previous);
    const file =
      format === 'pdf'
        ? await assessmentPdf(content, shanghaiWallClock(new Date()).toISOString().slice(0, 16).replace('T', ' '))
        : await assessmentWorkbook(content);
    return { file, fileName: assessmentFileName(content, format) };
  }
}
