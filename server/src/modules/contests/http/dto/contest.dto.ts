import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { FINAL_METHODS } from '../../domain/speech/final-score';
import { RUBRIC_MAX_ITEMS } from '../../domain/speech/rubric';

export const CONTEST_KINDS = ['knowledge', 'speech'] as const;
export const CONTEST_STATUSES = ['draft', 'running', 'ended'] as const;

export class SpeechRubricItemDto {
  @ApiProperty({ description: 'What the judges’ scores name it by', example: 'content' })
  @Matches(/^[a-z][a-zA-Z0-9]{0,31}$/)
  key: string;

  @ApiProperty({ example: '内容' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  label: string;

  @ApiProperty({ minimum: 0.5, maximum: 1000 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.5)
  @Max(1000)
  max: number;
}

export class CreateContestDto {
  @ApiProperty({ example: '2026 年下半年演讲比赛' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiProperty({ enum: CONTEST_KINDS })
  @IsIn(CONTEST_KINDS)
  kind: (typeof CONTEST_KINDS)[number];

  @ApiProperty({ enum: FINAL_METHODS, required: false, description: 'Speech: trimmed mean (default), median, or per-judge normalisation' })
  @IsOptional()
  @IsIn(FINAL_METHODS)
  finalMethod?: (typeof FINAL_METHODS)[number];

  @ApiProperty({
    type: [SpeechRubricItemDto],
    required: false,
    description: 'Speech: the score sheet; default 内容 30, 语言表达 30, 形象风度 20, 脱稿 10, 综合印象 10',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => SpeechRubricItemDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(RUBRIC_MAX_ITEMS)
  rubric?: SpeechRubricItemDto[];

  @ApiProperty({
    required: false,
    nullable: true,
    type: Number,
    description: 'Speech timer: the limit in seconds (none: no overrun penalty)',
  })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(7200)
  timeLimitSeconds?: number | null;

  @ApiProperty({ required: false, minimum: 0, maximum: 600 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  overrunGraceSeconds?: number;

  @ApiProperty({
    required: false,
    minimum: 1,
    maximum: 600,
    description: 'Each started step past the limit and grace costs overrunPointsPerStep',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  overrunStepSeconds?: number;

  @ApiProperty({ required: false, minimum: 0, maximum: 100 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  overrunPointsPerStep?: number;

  @ApiProperty({ required: false, nullable: true, type: Number, minimum: 0, maximum: 100 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  overrunMaxPenalty?: number | null;
}

export class CreatedContestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Six letters and digits to join on a phone' }) joinCode: string;
}

export class ContestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: CONTEST_KINDS }) kind: string;
  @ApiProperty() joinCode: string;
  @ApiProperty({ enum: CONTEST_STATUSES }) status: string;
  @ApiProperty({ format: 'uuid' }) ownerUnitId: string;
  @ApiProperty() ownerUnitName: string;
  @ApiProperty({ enum: FINAL_METHODS }) finalMethod: string;
  @ApiProperty({ type: [SpeechRubricItemDto], nullable: true }) rubric: SpeechRubricItemDto[] | null;
  @ApiProperty({ nullable: true, type: Number }) timeLimitSeconds: number | null;
  @ApiProperty() overrunGraceSeconds: number;
  @ApiProperty() overrunStepSeconds: number;
  @ApiProperty() overrunPointsPerStep: number;
  @ApiProperty({ nullable: true, type: Number }) overrunMaxPenalty: number | null;
  @ApiProperty() createdAt: Date;
}

export class StandingDto {
  @ApiProperty({ format: 'uuid' }) participantId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Two decimals; the rank compares the third' }) score: number;
  @ApiProperty() rank: number;
}

export class StandingsDto {
  @ApiProperty({ type: [StandingDto] }) items: StandingDto[];
}

export class ExportQueryDto {
  @ApiProperty({ enum: ['xlsx'] })
  @IsIn(['xlsx'])
  format: 'xlsx';
}
