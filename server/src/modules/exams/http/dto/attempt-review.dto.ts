import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiQuestionContentModels, QUESTION_CONTENT } from '../../../question-bank/http/dto/question-content.dto';
import { ANSWER_VALUE } from './taking.dto';

const STATES = ['correct', 'partial', 'incorrect', 'unanswered', 'needs_grading'] as const;

export class ReviewedAttemptDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sittingId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() attemptNo: number;
  @ApiProperty({ enum: ['in_progress', 'scoring', 'submitted', 'graded'] }) status: string;
  @ApiProperty() startedAt: Date;
  @ApiProperty({ description: 'The deadline the attempt was given when it started' }) deadline: Date;
  @ApiProperty({ description: "The deadline the candidate's window gives now (after overrides)" }) expectedDeadline: Date;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty({ nullable: true, type: String, enum: ['candidate', 'server', 'switch_limit'] }) submittedBy: string | null;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty() maxScore: number;
  @ApiProperty() switchCount: number;
}

/** The shown ids of each list, by stored id (the candidate's answer is in stored ids). */
export class ShownIdsDto {
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } }) options?: Record<string, string>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } }) left?: Record<string, string>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } }) right?: Record<string, string>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } }) items?: Record<string, string>;
}

/** domain/choice-presentation.ts: each list's stored ids in the order the candidate saw them. */
export class ShownOrderDto {
  @ApiPropertyOptional({ type: [String] }) options?: string[];
  @ApiPropertyOptional({ type: [String] }) left?: string[];
  @ApiPropertyOptional({ type: [String] }) right?: string[];
  @ApiPropertyOptional({ type: [String] }) items?: string[];
  @ApiPropertyOptional({ type: ShownIdsDto }) ids?: ShownIdsDto;
}

@ApiQuestionContentModels()
export class ReviewedSlotDto {
  @ApiProperty() slot: number;
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty() version: number;
  @ApiProperty() points: number;
  @ApiProperty({ allOf: [ANSWER_VALUE], description: 'In stored ids' }) answer: unknown;
  @ApiProperty({ nullable: true, type: Date }) savedAt: Date | null;
  @ApiProperty({ nullable: true, type: String, enum: STATES }) state: string | null;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty({ nullable: true, type: String }) feedback: string | null;
  @ApiProperty({ allOf: [QUESTION_CONTENT], description: 'The version the candidate was shown, key included' }) content: object;
  @ApiProperty({ type: ShownOrderDto, nullable: true, description: 'The order the candidate saw the choices in; null: as stored' })
  shownOrder: ShownOrderDto | null;
}

export class TimelineEventDto {
  @ApiProperty({ description: 'started, hidden (a page switch), visible, offline, online, unload, submitted, regraded' }) kind: string;
  @ApiProperty() at: Date;
  @ApiProperty({ nullable: true, type: Date, description: "The device's own clock" }) clientAt: Date | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, description: 'What the event carries, by kind' })
  details: Record<string, unknown> | null;
}
