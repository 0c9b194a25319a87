import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { COMPETENCY_DIMENSIONS } from '../../../question-bank/domain/question-draft';
import { ANSWER_KEY, ApiQuestionContentModels, QUESTION_CONTENT } from '../../../question-bank/http/dto/question-content.dto';
import { ANSWER_VALUE, CandidateQuestionDto } from './taking.dto';

export class WrongBookEntryDto {
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty() version: number;
  @ApiProperty() type: string;
  @ApiProperty() stem: string;
  @ApiProperty({ nullable: true, type: String }) dimension: string | null;
  @ApiProperty({ description: 'Leitner box 1–5' }) box: number;
  @ApiProperty() dueAt: Date;
  @ApiProperty() wrongCount: number;
  @ApiProperty({ nullable: true, type: Date }) lastWrongAt: Date | null;
  @ApiProperty() mastered: boolean;
}

export class WrongAnswerDto {
  @ApiProperty({ allOf: [ANSWER_VALUE], description: 'The answer as stored (option ids as stored)' }) answer: unknown;
  @ApiProperty() answeredAt: Date;
}

@ApiQuestionContentModels()
export class WrongAnswerDetailDto {
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty({ nullable: true, type: String }) dimension: string | null;
  @ApiProperty({ allOf: [QUESTION_CONTENT], description: 'The question as stored, with its key and explanation' })
  content: object;
  @ApiProperty({ type: [WrongAnswerDto], description: "The person's own wrong exam answers, newest first (at most 5)" })
  myAnswers: WrongAnswerDto[];
}

export class DimensionStandingDto {
  @ApiProperty() dimension: string;
  @ApiProperty() score: number;
  @ApiProperty() maxScore: number;
  @ApiProperty({ nullable: true, type: Number }) percent: number | null;
}

export class PracticeDrawQueryDto {
  @ApiProperty({ enum: ['wrong_book', 'dimension'] })
  @IsIn(['wrong_book', 'dimension'])
  source: 'wrong_book' | 'dimension';

  @ApiPropertyOptional({ enum: COMPETENCY_DIMENSIONS, description: 'dimension: which one; the weakest when absent' })
  @IsOptional()
  @IsIn(COMPETENCY_DIMENSIONS)
  dimension?: string;

  @ApiPropertyOptional({ default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  count: number = 10;
}

export class PracticeQuestionDto extends CandidateQuestionDto {
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty({ nullable: true, type: String }) dimension: string | null;
}

export class PracticeAnswerDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  questionId: string;

  @ApiProperty({ allOf: [ANSWER_VALUE], description: 'Same shapes as in an exam' })
  @Allow()
  answer: unknown;
}

export class PracticeFeedbackDto {
  @ApiProperty({ enum: ['correct', 'partial', 'incorrect', 'unanswered'] }) state: string;
  @ApiProperty() fraction: number;
  @ApiProperty({ allOf: [ANSWER_KEY], description: 'An essay’s is its reference answer' }) rightAnswer: unknown;
  @ApiProperty({ nullable: true, type: String }) explanation: string | null;
  @ApiProperty() box: number;
  @ApiProperty() nextDueAt: Date;
  @ApiProperty() mastered: boolean;
  @ApiProperty({ description: "The server's clock, to count down to nextDueAt" }) serverNow: Date;
}
