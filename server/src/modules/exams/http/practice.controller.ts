import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../identity/domain/principal';
import { CurrentPrincipal } from '../../identity/http/access.decorators';
import { PracticeService } from '../application/practice.service';
import {
  DimensionStandingDto,
  PracticeAnswerDto,
  PracticeDrawQueryDto,
  PracticeFeedbackDto,
  PracticeQuestionDto,
  WrongAnswerDetailDto,
  WrongBookEntryDto,
} from './dto/practice.dto';

@ApiTags('practice')
@ApiBearerAuth()
@Controller('me')
export class PracticeController {
  constructor(private readonly practice: PracticeService) {}

  @Get('wrong-answers')
  @ApiOkResponse({ type: [WrongBookEntryDto], description: '错题本: questions answered wrong in graded exams or practice' })
  wrongBook(@CurrentPrincipal() principal: Principal): Promise<WrongBookEntryDto[]> {
    return this.practice.wrongBook(principal);
  }

  @Get('wrong-answers/:questionId')
  @ApiOkResponse({
    type: WrongAnswerDetailDto,
    description: 'One 错题本 card opened: the question, my wrong answers, the key and the explanation',
  })
  wrongAnswer(
    @CurrentPrincipal() principal: Principal,
    @Param('questionId', ParseUUIDPipe) questionId: string,
  ): Promise<WrongAnswerDetailDto> {
    return this.practice.wrongAnswer(principal, questionId);
  }

  @Get('dimensions')
  @ApiOkResponse({ type: [DimensionStandingDto], description: 'Standing per competency dimension over graded exams, weakest first' })
  dimensions(@CurrentPrincipal() principal: Principal): Promise<DimensionStandingDto[]> {
    return this.practice.dimensions(principal);
  }

  @Get('practice')
  @ApiOkResponse({ type: [PracticeQuestionDto], description: 'An untimed practice set; never counts as assessment' })
  draw(@CurrentPrincipal() principal: Principal, @Query() query: PracticeDrawQueryDto): Promise<PracticeQuestionDto[]> {
    return this.practice.draw(principal, query.source, query.dimension, query.count);
  }

  @Post('practice/answers')
  @HttpCode(200)
  @ApiOkResponse({ type: PracticeFeedbackDto, description: 'Right or wrong at once, with the key and explanation' })
  answer(@CurrentPrincipal() principal: Principal, @Body() body: PracticeAnswerDto): Promise<PracticeFeedbackDto> {
    return this.practice.answer(principal, body.questionId, body.answer);
  }
}
