import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Put, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '../../identity/domain/principal';
import { CurrentPrincipal } from '../../identity/http/access.decorators';
import { AnswerSavingService } from '../application/answer-saving.service';
import { AttemptEventsService } from '../application/attempt-events.service';
import { AttemptResultService } from '../application/attempt-result.service';
import { AttemptStartService } from '../application/attempt-start.service';
import { MyExamsService } from '../application/my-exams.service';
import { OwnAttemptGuard } from './attempt-access.guard';
import { AttemptDto, AttemptEventDto, AttemptEventResultDto, MyExamDto, ResultDto, SaveAnswerDto, SavedDto } from './dto/taking.dto';
import { ExamsErrors } from '../domain/exams-errors';

@ApiTags('exam-taking')
@ApiBearerAuth()
@Controller()
export class ExamTakingController {
  constructor(
    private readonly myExamsService: MyExamsService,
    private readonly starting: AttemptStartService,
    private readonly saving: AnswerSavingService,
    private readonly results: AttemptResultService,
    private readonly events: AttemptEventsService,
  ) {}

  @Get('me/exams')
  @ApiOkResponse({ type: [MyExamDto], description: 'Sittings assigned to the caller, with their status' })
  myExams(@CurrentPrincipal() principal: Principal): Promise<MyExamDto[]> {
    return this.myExamsService.list(principal);
  }

  @Post('exams/:sittingId/attempts')
  @ApiCreatedResponse({ type: AttemptDto, description: 'A new attempt (201), or the one already in progress (200)' })
  @ApiOkResponse({ type: AttemptDto })
  async start(
    @CurrentPrincipal() principal: Principal,
    @Param('sittingId', ParseUUIDPipe) sittingId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AttemptDto> {
    const { view, created } = await this.starting.start(principal, sittingId);
    response.status(created ? 201 : 200);
    return view;
  }

  @Get('attempts/:attemptId')
  @UseGuards(OwnAttemptGuard)
  @ApiOkResponse({ type: AttemptDto, description: 'Resume on any device' })
  resume(@CurrentPrincipal() principal: Principal, @Param('attemptId', ParseUUIDPipe) attemptId: string): Promise<AttemptDto> {
    return this.starting.resume(principal, attemptId);
  }

  @Put('attempts/:attemptId/answers/:slot')
  @UseGuards(OwnAttemptGuard)
  @ApiOkResponse({ type: SavedDto })
  save(
    @CurrentPrincipal() principal: Principal,
    @Param('attemptId', ParseUUIDPipe) attemptId: string,
    @Param('slot', ParseIntPipe) slot: number,
    @Body() body: SaveAnswerDto,
  ): Promise<SavedDto> {
    if (!('answer' in body)) throw ExamsErrors['exams.answer.missing']();
    return this.saving.save(principal, attemptId, slot, body.answer, body.seq);
  }

  @Post('attempts/:attemptId/submit')
  @UseGuards(OwnAttemptGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: ResultDto, description: 'Idempotent: repeating it changes nothing and answers the same' })
  submit(@CurrentPrincipal() principal: Principal, @Param('attemptId', ParseUUIDPipe) attemptId: string): Promise<ResultDto> {
    return this.results.submit(principal, attemptId);
  }

  @Get('attempts/:attemptId/result')
  @UseGuards(OwnAttemptGuard)
  @ApiOkResponse({ type: ResultDto, description: 'What the review policy allows now' })
  result(@CurrentPrincipal() principal: Principal, @Param('attemptId', ParseUUIDPipe) attemptId: string): Promise<ResultDto> {
    return this.results.result(principal, attemptId);
  }

  @Post('attempts/:attemptId/events')
  @UseGuards(OwnAttemptGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: AttemptEventResultDto })
  event(
    @CurrentPrincipal() principal: Principal,
    @Param('attemptId', ParseUUIDPipe) attemptId: string,
    @Body() body: AttemptEventDto,
  ): Promise<AttemptEventResultDto> {
    return this.events.record(principal, attemptId, body.kind, body.clientAt ? new Date(body.clientAt) : null, body.eventId ?? null);
  }
}
