import { Body, Controller, Get, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { sendFile, XLSX_TYPE } from '../../../platform/http/send-file';
import type { Principal } from '../../identity/domain/principal';
import { CurrentPrincipal, RequireRoles } from '../../identity/http/access.decorators';
import { AssessmentWeightsService } from '../application/assessment-weights.service';
import { MonthlyAssessmentService } from '../application/monthly-assessment.service';
import { monthParam, ScorecardService } from '../application/scorecard.service';
import { MonthlyAssessmentQueryDto, ReplaceWeightsDto, ScorecardDto, UnitMonthQueryDto, UnitQueryDto, WeightsDto } from './dto/reports.dto';

const PDF_TYPE = 'application/pdf';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly weights: AssessmentWeightsService,
    private readonly scorecards: ScorecardService,
    private readonly monthly: MonthlyAssessmentService,
  ) {}

  @Get('weights')
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiOkResponse({ type: WeightsDto, description: "The 考核 weights of the unit's department (the plan's until it sets its own)" })
  getWeights(@CurrentPrincipal() principal: Principal, @Query() query: UnitQueryDto): Promise<WeightsDto> {
    return this.weights.forUnit(principal, query.unitId);
  }

  @Put('weights')
  @RequireRoles('manager', 'admin')
  @ApiOkResponse({
    type: WeightsDto,
    description:
      "The caller's own department's: its head (a manager of its top unit) or an admin; every item once, adding up to 100; audited",
  })
  putWeights(@CurrentPrincipal() principal: Principal, @Body() body: ReplaceWeightsDto): Promise<WeightsDto> {
    return this.weights.replace(principal, body.weights);
  }

  @Get('scorecard')
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiOkResponse({ type: ScorecardDto, description: "A unit subtree's month: each customer manager's weighted 考核 score and rank" })
  async scorecard(@CurrentPrincipal() principal: Principal, @Query() query: UnitMonthQueryDto): Promise<ScorecardDto> {
    const card = await this.scorecards.unitMonth(principal, query.unitId, monthParam(query.month));
    return { ...card, month: card.month.slice(0, 7) };
  }

  @Get('monthly-assessment')
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiProduces(XLSX_TYPE, PDF_TYPE)
  @ApiOkResponse({ description: '月度考核报告 of a unit subtree for a month, as XLSX or an A4 PDF' })
  async monthlyAssessment(
    @CurrentPrincipal() principal: Principal,
    @Query() query: MonthlyAssessmentQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const { file, fileName } = await this.monthly.report(principal, query.unitId, monthParam(query.month), query.format);
    sendFile(response, file, fileName, query.format === 'pdf' ? PDF_TYPE : XLSX_TYPE);
  }
}
