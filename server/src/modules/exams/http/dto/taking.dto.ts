import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { namedSchema } from '../../../../platform/http/named-schema';
import { QUESTION_TYPES } from '../../../question-bank/domain/question-draft';
import { ANSWER_KEY } from '../../../question-bank/http/dto/question-content.dto';
import { ATTEMPT_EVENT_KINDS, type AttemptEventKind } from '../../domain/attempt-event-kind';

/** A candidate's answer as saved (domain/grading/answer-shape.ts); null is no answer. */
export const ANSWER_VALUE = namedSchema('AnswerValue', {
  oneOf: [
    { type: 'string' },
    { type: 'array', items: { type: 'string' } },
    { type: 'boolean' },
    { type: 'number' },
    { type: 'object', additionalProperties: { type: 'string' } },
  ],
  nullable: true,
  description:
    'single: option id; multiple: ids; true_false: boolean; fill_blank: one string per blank; numeric: number; matching: {leftId: rightId}; ordering: ids; essay: text; null: no answer',
});

export class ChoiceViewDto {
  @ApiProperty() id: string;
  @ApiProperty() text: string;
}

export class CandidateQuestionDto {
  @ApiProperty() slot: number;
  @ApiProperty({ enum: QUESTION_TYPES }) type: string;
  @ApiProperty({ description: 'Sanitised rich text; fill_blank marks blanks as {{1}}, {{2}}' }) stem: string;
  @ApiProperty() points: number;
  @ApiPropertyOptional({ type: [ChoiceViewDto], description: 'single, multiple' }) options?: ChoiceViewDto[];
  @ApiPropertyOptional({ type: [ChoiceViewDto], description: 'matching' }) left?: ChoiceViewDto[];
  @ApiPropertyOptional({ type: [ChoiceViewDto], description: 'matching' }) right?: ChoiceViewDto[];
  @ApiPropertyOptional({ type: [ChoiceViewDto], description: 'ordering (shuffled)' }) items?: ChoiceViewDto[];
  @ApiPropertyOptional({ description: 'fill_blank' }) blanks?: number;
  @ApiPropertyOptional({ description: 'numeric' }) unit?: string;
}

export class SavedAnswerDto {
  @ApiProperty() slot: number;
  @ApiProperty({ allOf: [ANSWER_VALUE], description: 'As saved; shape by type' }) answer: unknown;
  @ApiProperty() seq: number;
  @ApiProperty({ nullable: true, type: Date }) savedAt: Date | null;
}

export class AttemptDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sittingId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['in_progress', 'scoring', 'submitted', 'graded'] }) status: string;
  @ApiProperty({ description: "The server's deadline: min(start + duration, window close)" }) deadline: Date;
  @ApiProperty({ description: "The server's clock, so a phone with a wrong clock still counts down right" }) serverNow: Date;
  @ApiProperty({ description: 'Answers are still accepted this long after the deadline' }) graceSeconds: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Strict mode: submitted after this many page switches' }) switchLimit:
    number | null;
  @ApiProperty({ description: 'Page switches recorded so far' }) switchCount: number;
  @ApiProperty({ type: [CandidateQuestionDto], description: 'No key, explanation or rubric of any kind' })
  questions: CandidateQuestionDto[];
  @ApiProperty({ type: [SavedAnswerDto] }) answers: SavedAnswerDto[];
}

export class MyExamDto {
  @ApiProperty({ format: 'uuid' }) sittingId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['upcoming', 'open', 'in_progress', 'scoring', 'submitted', 'graded', 'missed'] }) status: string;
  @ApiProperty() opensAt: Date;
  @ApiProperty() closesAt: Date;
  @ApiProperty() durationMinutes: number;
  @ApiProperty() attemptsUsed: number;
  @ApiProperty() attemptsAllowed: number;
  @ApiProperty({ nullable: true, type: String }) inProgressAttemptId: string | null;
  @ApiProperty({ nullable: true, type: Date, description: "The in-progress attempt's deadline: min(start + duration, window close)" })
  inProgressDeadline: Date | null;
  @ApiProperty({ nullable: true, type: String }) lastAttemptId: string | null;
  @ApiProperty() questionCount: number;
  @ApiProperty() maxScore: number;
  @ApiProperty({ description: "The server's clock when it answered, to keep a countdown right" }) serverNow: Date;
}

export class SaveAnswerDto {
  @ApiProperty({ allOf: [ANSWER_VALUE], description: 'null clears' })
  @Allow()
  answer: unknown;

  @ApiProperty({ description: "The client's increasing sequence number; an older one never overwrites a newer one" })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  seq: number;
}

export class SavedDto {
  @ApiProperty() seq: number;
  @ApiProperty() savedAt: Date;
  @ApiProperty({ description: "The server's clock when it answered, to keep a countdown right" }) serverNow: Date;
}

export class AttemptEventDto {
  @ApiProperty({
    enum: ATTEMPT_EVENT_KINDS,
    description: "'hidden' is a page switch (切屏); 'unload' (a reload, the tab closed) is recorded but never counted",
  })
  @IsIn(ATTEMPT_EVENT_KINDS)
  kind: AttemptEventKind;

  @ApiPropertyOptional({ description: "The device's own clock, for the timeline" })
  @IsOptional()
  @IsISO8601()
  clientAt?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Chosen by the device; an event re-sent with the same id is recorded once' })
  @IsOptional()
  @IsUUID()
  eventId?: string;
}

export class AttemptEventResultDto {
  @ApiProperty() switchCount: number;
  @ApiProperty({ description: 'True when the attempt is (now) submitted' }) submitted: boolean;
}

export class ReviewVisibilityDto {
  @ApiProperty() score: boolean;
  @ApiProperty() correctness: boolean;
  @ApiProperty() rightAnswers: boolean;
  @ApiProperty() explanations: boolean;
}

export class DimensionScoreDto {
  @ApiProperty() dimension: string;
  @ApiProperty({ description: 'Scored so far; not final while pending' }) score: number;
  @ApiProperty() maxScore: number;
  @ApiProperty({ description: 'An essay of this dimension still waits for a marker (待阅卷)' }) pending: boolean;
}

export class ReviewedQuestionDto extends CandidateQuestionDto {
  @ApiProperty({ allOf: [ANSWER_VALUE] }) yourAnswer: unknown;
  @ApiPropertyOptional({ nullable: true, type: String, enum: ['correct', 'partial', 'incorrect', 'unanswered', 'needs_grading'] }) state?:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) score?: number | null;
  @ApiPropertyOptional({ allOf: [ANSWER_KEY], description: 'Only when the review policy allows; an essay’s is its reference answer' })
  rightAnswer?: unknown;
  @ApiPropertyOptional() explanation?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) feedback?: string | null;
}

export class ResultDto {
  @ApiProperty({ format: 'uuid' }) attemptId: string;
  @ApiProperty({ format: 'uuid' }) sittingId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['in_progress', 'scoring', 'submitted', 'graded'] }) status: string;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty({ type: ReviewVisibilityDto }) visible: ReviewVisibilityDto;
  @ApiProperty({ description: 'More (answers, explanations) becomes visible once the window closes' }) moreAfterClose: boolean;
  @ApiPropertyOptional({ nullable: true, type: Number }) score?: number | null;
  @ApiPropertyOptional() maxScore?: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) percent?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Boolean }) passed?: boolean | null;
  @ApiPropertyOptional() passPercent?: number;
  @ApiPropertyOptional({ type: [DimensionScoreDto], description: 'Only when the review policy shows correctness' })
  byDimension?: DimensionScoreDto[];
  @ApiPropertyOptional({ type: [ReviewedQuestionDto] }) questions?: ReviewedQuestionDto[];
}
