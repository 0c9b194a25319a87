import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '../../identity/domain/principal';
import { CurrentPrincipal, RequireRoles } from '../../identity/http/access.decorators';
import { sendFile } from '../../../platform/http/send-file';
import { EssayGradingService } from '../application/essay-grading.service';
import { ItemAnalysisService } from '../application/item-analysis.service';
import { KeyCorrectionService } from '../application/key-correction.service';
import { SittingResultsService } from '../application/sitting-results.service';
import { AttemptInReachGuard } from './attempt-access.guard';
import {
  AttemptReviewDto,
  CandidateResultDto,
  EssayMarkDto,
  EssayMarkResultDto,
  GradingQueueItemDto,
  GradingQueueQueryDto,
  ItemAnalysisDto,
  KeyCorrectionDto,
  KeyCorrectionResultDto,
} from './dto/grading.dto';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The trainer's side of an exam: results, hand marking, key corrections, item analysis. */
@ApiTags('exam-results')
@ApiBearerAuth()
@RequireRoles('trainer', 'manager', 'admin')
@Controller()
export class ExamAdminController {
  constructor(
    private readonly results: SittingResultsService,
    private readonly grading: EssayGradingService,
    private readonly corrections: KeyCorrectionService,
    private readonly analysis: ItemAnalysisService,
  ) {}

  @Get('sittings/:id/results')
  @ApiOkResponse({ type: [CandidateResultDto], description: 'One row per assigned person' })
  table(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<CandidateResultDto[]> {
    return this.results.table(principal, id);
  }

  @Get('sittings/:id/results/export')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The results table as XLSX' })
  async export(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() response: Response): Promise<void> {
    const { file, fileName } = await this.results.exportXlsx(principal, id);
    sendFile(response, file, fileName, XLSX_TYPE);
  }

  @Get('sittings/:id/item-analysis')
  @ApiOkResponse({ type: ItemAnalysisDto })
  itemAnalysis(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ItemAnalysisDto> {
    return this.analysis.analyse(principal, id);
  }

  @Post('sittings/:id/item-analysis/flags')
  @HttpCode(200)
  @RequireRoles('trainer', 'admin')
  @ApiOkResponse({
    type: ItemAnalysisDto,
    description: 'Marks the questions the analysis finds weak for review in their banks; `flagged` says how many were marked',
  })
  flagWeakItems(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ItemAnalysisDto> {
    return this.analysis.flagInBanks(principal, id);
  }

  @Get('attempts/:attemptId/review')
  @ApiOkResponse({ type: AttemptReviewDto, description: "A trainer's view of one attempt: answers, keys, scores and the timeline" })
  review(@CurrentPrincipal() principal: Principal, @Param('attemptId', ParseUUIDPipe) attemptId: string): Promise<AttemptReviewDto> {
    return this.results.attemptReview(principal, attemptId);
  }

  @Get('grading/queue')
  @RequireRoles('trainer', 'admin')
  @ApiOkResponse({ type: [GradingQueueItemDto] })
  queue(@CurrentPrincipal() principal: Principal, @Query() query: GradingQueueQueryDto): Promise<GradingQueueItemDto[]> {
    return this.grading.queue(principal, query.includeMarked === 'true');
  }

  @Post('grading/attempts/:attemptId/slots/:slot')
  @HttpCode(200)
  @RequireRoles('trainer', 'admin')
  @UseGuards(AttemptInReachGuard)
  @ApiOkResponse({ type: EssayMarkResultDto })
  mark(
    @CurrentPrincipal() principal: Principal,
    @Param('attemptId', ParseUUIDPipe) attemptId: string,
    @Param('slot', ParseIntPipe) slot: number,
    @Body() body: EssayMarkDto,
  ): Promise<EssayMarkResultDto> {
    return this.grading.mark(principal, attemptId, slot, body.score, body.feedback?.trim() || null);
  }

  @Post('questions/:id/key-correction')
  @HttpCode(200)
  @RequireRoles('trainer', 'admin')
  @ApiOkResponse({
    type: KeyCorrectionResultDto,
    description: 'New version with the corrected key; every attempt that used the previous version is re-scored',
  })
  correctKey(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: KeyCorrectionDto,
  ): Promise<KeyCorrectionResultDto> {
    const { note, ...correction } = body;
    return this.corrections.correct(principal, id, correction, note);
  }
}
