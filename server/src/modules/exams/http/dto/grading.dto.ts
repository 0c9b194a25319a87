import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { RubricItemDto } from '../../../question-bank/http/dto/question.dto';
import { ANSWER_KEY } from '../../../question-bank/http/dto/question-content.dto';
import { ReviewedAttemptDto, ReviewedSlotDto, TimelineEventDto } from './attempt-review.dto';
import { AnalysedItemDto, TestStatisticsDto } from './item-analysis.dto';

export class GradingQueueItemDto {
  @ApiProperty({ format: 'uuid' }) attemptId: string;
  @ApiProperty() slot: number;
  @ApiProperty({ format: 'uuid' }) sittingId: string;
  @ApiProperty() sittingTitle: string;
  @ApiProperty() stem: string;
  @ApiProperty() referenceAnswer: string;
  @ApiProperty({ type: [RubricItemDto] }) rubric: RubricItemDto[];
  @ApiProperty({ nullable: true, type: String, description: "The candidate's answer; the candidate is not named" }) response: string | null;
  @ApiProperty() points: number;
  @ApiProperty({ description: 'Marks given so far (a second marker may add one)' }) marks: number;
  @ApiProperty() markedByMe: boolean;
}

export class GradingQueueQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Also list answers already marked, for second marking' })
  @IsOptional()
  @IsIn(['true', 'false'])
  includeMarked?: 'true' | 'false';
}

export class EssayMarkDto {
  @ApiProperty()
  @IsNumber()
  @Min(0)
  @Max(1000)
  score: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  feedback?: string;
}

export class EssayMarkResultDto {
  @ApiProperty({ description: "The slot's score: the mean of its marks" }) slotScore: number;
  @ApiProperty({ enum: ['submitted', 'graded'] }) attemptStatus: string;
  @ApiProperty({ nullable: true, type: Number }) attemptScore: number | null;
}

/** Only the key can be corrected this way; the stem and choices stay as the candidates saw them. */
export class KeyCorrectionDto {
  @ApiPropertyOptional({ allOf: [ANSWER_KEY], description: 'The corrected answer, in the question type’s shape (not for essays)' })
  @Allow()
  answer?: unknown;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  explanation?: string;

  @ApiPropertyOptional({ description: 'essay' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  referenceAnswer?: string;

  @ApiPropertyOptional({ type: [RubricItemDto], description: 'essay' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricItemDto)
  rubric?: RubricItemDto[];

  @ApiProperty({ description: 'Why the key was wrong; kept in the version history and audit log' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  note: string;
}

export class KeyCorrectionResultDto {
  @ApiProperty() version: number;
  @ApiProperty({ description: 'Finished attempts re-scored' }) regraded: number;
}

export class CandidateResultDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: ['upcoming', 'open', 'in_progress', 'scoring', 'submitted', 'graded', 'missed'] }) status: string;
  @ApiProperty() attemptsUsed: number;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxScore: number | null;
  @ApiProperty({ nullable: true, type: Number }) percent: number | null;
  @ApiProperty({ nullable: true, type: Boolean }) passed: boolean | null;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty({ description: 'Page switches (切屏) recorded' }) switchCount: number;
  @ApiProperty({ nullable: true, type: String }) lastAttemptId: string | null;
}

export class AttemptReviewDto {
  @ApiProperty({ type: ReviewedAttemptDto }) attempt: ReviewedAttemptDto;
  @ApiProperty({ type: [ReviewedSlotDto], description: 'Every answer with the key and score' }) slots: ReviewedSlotDto[];
  @ApiProperty({ type: [TimelineEventDto], description: 'Started, page switches, reconnects, submitted, regraded' })
  timeline: TimelineEventDto[];
}

export class ItemAnalysisDto {
  @ApiProperty({ type: TestStatisticsDto }) test: TestStatisticsDto;
  @ApiProperty({
    type: [AnalysedItemDto],
    description:
      'Per question: facility, SD, discrimination index, discriminative efficiency, point-biserial, effective weight, distractors, review flag',
  })
  items: AnalysedItemDto[];
  @ApiProperty({ description: 'Questions this analysis finds weak (POST …/item-analysis/flags marks them for review in their banks)' })
  flagged: number;
}
