import { Injectable } from '@nestjs/common';
import { addMonths } from '../../../platform/calendar/month';
import { DomainError } from '../../../platform/errors/domain-error';
import type { Principal } from '../../identity/domain/principal';
import type { ExamStatus } from '../domain/exam-status';
import { MonthlySittingsRepository, type MonthSittingRow } from '../persistence/monthly-sittings.repository';
import { SittingResultsService, type CandidateResult } from './sitting-results.service';

export interface MonthPersonResult {
  userId: string;
  username: string;
  displayName: string;
  unitName: string;
  status: ExamStatus;
  /** 0–100, the score that counts under the sitting's grading method. */
  percent: number | null;
  passed: boolean | null;
  /** The result is the make-up's (补考): it replaced the first sitting's for this person. */
  makeup: boolean;
}

export interface MonthExam {
  sittingId: string;
  title: string;
  opensAt: Date;
  passPercent: number;
  people: MonthPersonResult[];
}

/**
 * The exams module's public answer to "how did a unit's people do in the exams of a month": each
 * sitting opened in the month (China Standard Time), each assigned person of the unit's subtree with
 * the official result — the results table's, so the sitting's grading method (highest, last, first,
 * average) and its overrides decide it — and, for whoever took a make-up (补考) of it, the make-up's
 * result in place of the first one. Only what the caller may read of each sitting is used.
 */
@Injectable()
export class MonthlyExamResultsService {
  constructor(
    private readonly sittings: MonthlySittingsRepository,
    private readonly results: SittingResultsService,
  ) {}

  async unitMonth(principal: Principal, unitPath: string, month: string): Promise<MonthExam[]> {
    const [rows, people] = await Promise.all([this.sittings.ofMonth(month, addMonths(month, 1)), this.sittings.peopleIn(unitPath)]);
    const tables = new Map<string, CandidateResult[]>();
    for (const row of rows) {
      const table = await this.readable(principal, row);
      if (table) tables.set(row.id, table);
    }
    return rows.flatMap((sitting) => {
      const table = sitting.makeupOf === null ? tables.get(sitting.id) : undefined;
      if (!table) return [];
      const makeups = rows.filter((r) => r.makeupOf === sitting.id).flatMap((r) => tables.get(r.id) ?? []);
      const mine = table.filter((c) => people.has(c.userId));
      if (mine.length === 0) return [];
      return [
        {
          sittingId: sitting.id,
          title: sitting.title,
          opensAt: sitting.opensAt,
          passPercent: sitting.passPercent,
          people: mine.map((c) => {
            // a make-up someone did not take leaves the first result (missed, failed) standing
            const makeup = c.passed === true ? undefined : makeups.find((m) => m.userId === c.userId && m.status !== 'missed');
            const counted = makeup ?? c;
            return {
              userId: c.userId,
              username: c.username,
              displayName: c.displayName,
              unitName: c.unitName,
              status: counted.status,
              percent: counted.percent,
              passed: counted.passed,
              makeup: makeup !== undefined,
            };
          }),
        },
      ];
    });
  }

  /** The results table as the caller may read it, or null for a sitting outside their reach. */
  private async readable(principal: Principal, sitting: MonthSittingRow): Promise<CandidateResult[] | null> {
    try {
      return await this.results.table(principal, sitting.id);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'exams.sitting.notFound') return null;
      throw err;
    }
  }
}
