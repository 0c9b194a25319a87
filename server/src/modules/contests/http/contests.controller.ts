import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { sendFile, XLSX_TYPE } from '../../../platform/http/send-file';
import type { Principal } from '../../identity/domain/principal';
import { CurrentPrincipal, RequireRoles } from '../../identity/http/access.decorators';
import { ContestsService } from '../application/contests.service';
import { SpeechService } from '../application/speech.service';
import { ContestDto, CreateContestDto, CreatedContestDto, ExportQueryDto, StandingsDto } from './dto/contest.dto';
import {
  ConsistencyDto,
  CorrectionInputDto,
  JudgingDto,
  PanelDto,
  PeopleDto,
  SheetDto,
  SheetInputDto,
  SpeechHostDto,
  SpeechTimeDto,
} from './dto/speech.dto';

const uuid = new ParseUUIDPipe();

@ApiTags('contests')
@ApiBearerAuth()
@Controller('contests')
export class ContestsController {
  constructor(
    private readonly contests: ContestsService,
    private readonly speech: SpeechService,
  ) {}

  @Post()
  @RequireRoles('trainer', 'admin')
  @ApiCreatedResponse({ type: CreatedContestDto, description: 'A contest of the trainer’s unit, with its join code' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateContestDto): Promise<CreatedContestDto> {
    return this.contests.create(principal, body);
  }

  @Get()
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiOkResponse({ type: [ContestDto], description: 'Contests of the caller’s scope, newest first' })
  list(@CurrentPrincipal() principal: Principal): Promise<ContestDto[]> {
    return this.contests.list(principal);
  }

  @Get('judging')
  @ApiOkResponse({ type: [PanelDto], description: 'Speech contests the caller judges (not ended)' })
  panels(@CurrentPrincipal() principal: Principal): Promise<PanelDto[]> {
    return this.speech.myPanels(principal);
  }

  @Get(':id')
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiOkResponse({ type: ContestDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<ContestDto> {
    return this.contests.get(principal, id);
  }

  @Get(':id/standings')
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiOkResponse({ type: StandingsDto, description: 'Speech: locked speakers only, ranked on the third decimal' })
  async standings(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<StandingsDto> {
    return { items: await this.contests.standings(principal, id) };
  }

  @Get(':id/export')
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'XLSX: standings, and every score change with its reason' })
  async export(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Query() _query: ExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.contests.export(principal, id);
    sendFile(response, file.buffer, file.fileName, XLSX_TYPE);
  }

  @Post(':id/speakers')
  @RequireRoles('trainer', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: SpeechHostDto, description: 'Adds people of the host’s scope as speakers, after the last one' })
  addSpeakers(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string, @Body() body: PeopleDto): Promise<SpeechHostDto> {
    return this.speech.addSpeakers(principal, id, body.userIds);
  }

  @Post(':id/judges')
  @RequireRoles('trainer', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: SpeechHostDto, description: 'Adds people of the host’s scope to the panel' })
  addJudges(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string, @Body() body: PeopleDto): Promise<SpeechHostDto> {
    return this.speech.addJudges(principal, id, body.userIds);
  }

  @Get(':id/speech')
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiOkResponse({ type: SpeechHostDto, description: 'The host’s view: who has scored whom; values of locked speakers only' })
  hostView(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<SpeechHostDto> {
    return this.speech.hostView(principal, id);
  }

  @Get(':id/judging')
  @ApiOkResponse({ type: JudgingDto, description: 'A judge’s phone: the sheet, the speakers and the judge’s own scores' })
  judging(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<JudgingDto> {
    return this.speech.judging(principal, id);
  }

  @Get(':id/consistency')
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiOkResponse({ type: ConsistencyDto, description: 'Judge consistency over the locked speakers' })
  consistency(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<ConsistencyDto> {
    return this.speech.consistency(principal, id);
  }

  @Put(':id/speeches/:speakerId/scores/:judgeId')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'The same key again writes nothing and answers the first sheet' })
  @ApiOkResponse({ type: SheetDto, description: 'A judge’s own sheet for a speaker, until the speaker is locked' })
  score(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Param('speakerId', uuid) speakerId: string,
    @Param('judgeId', uuid) judgeId: string,
    @Body() body: SheetInputDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<SheetDto> {
    return this.speech.score(principal, id, speakerId, judgeId, body.items, idempotencyKey?.slice(0, 64));
  }

  @Put(':id/speeches/:speakerId/time')
  @RequireRoles('trainer', 'admin')
  @ApiOkResponse({ type: SpeechHostDto, description: 'The speech timer’s reading, for the overrun penalty' })
  time(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Param('speakerId', uuid) speakerId: string,
    @Body() body: SpeechTimeDto,
  ): Promise<SpeechHostDto> {
    return this.speech.time(principal, id, speakerId, body.seconds);
  }

  @Post(':id/speeches/:speakerId/lock')
  @RequireRoles('trainer', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: SpeechHostDto, description: 'Reveals the speaker’s score; later changes need a two-person correction' })
  lock(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Param('speakerId', uuid) speakerId: string,
  ): Promise<SpeechHostDto> {
    return this.speech.lock(principal, id, speakerId);
  }

  @Post(':id/speeches/:speakerId/scores/:judgeId/correction')
  @RequireRoles('trainer', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: SpeechHostDto, description: 'Asks to change a locked sheet; another trainer must approve (audited)' })
  requestCorrection(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Param('speakerId', uuid) speakerId: string,
    @Param('judgeId', uuid) judgeId: string,
    @Body() body: CorrectionInputDto,
  ): Promise<SpeechHostDto> {
    return this.speech.requestCorrection(principal, id, speakerId, judgeId, body.items, body.reason);
  }

  @Post(':id/speeches/:speakerId/scores/:judgeId/correction/approve')
  @RequireRoles('trainer', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: SpeechHostDto, description: 'A second trainer applies the pending correction (audited)' })
  approveCorrection(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Param('speakerId', uuid) speakerId: string,
    @Param('judgeId', uuid) judgeId: string,
  ): Promise<SpeechHostDto> {
    return this.speech.decideCorrection(principal, id, speakerId, judgeId, true);
  }

  @Post(':id/speeches/:speakerId/scores/:judgeId/correction/reject')
  @RequireRoles('trainer', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: SpeechHostDto, description: 'A second trainer drops the pending correction (audited)' })
  rejectCorrection(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Param('speakerId', uuid) speakerId: string,
    @Param('judgeId', uuid) judgeId: string,
  ): Promise<SpeechHostDto> {
    return this.speech.decideCorrection(principal, id, speakerId, judgeId, false);
  }
}
