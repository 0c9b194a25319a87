import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ROLES } from '../../../identity/domain/role';
import { ATTEMPT_GRADING_METHODS } from '../../domain/attempt-grading-method';

export class ReviewVisibilityInputDto {
  @ApiProperty() @IsBoolean() score: boolean;
  @ApiProperty() @IsBoolean() correctness: boolean;
  @ApiProperty() @IsBoolean() rightAnswers: boolean;
  @ApiProperty() @IsBoolean() explanations: boolean;
}

export class ReviewPolicyDto {
  @ApiProperty({ type: ReviewVisibilityInputDto, description: 'Shown right after submitting' })
  @ValidateNested()
  @Type(() => ReviewVisibilityInputDto)
  afterSubmit: ReviewVisibilityInputDto;

  @ApiProperty({ type: ReviewVisibilityInputDto, description: 'Shown after the window closes' })
  @ValidateNested()
  @Type(() => ReviewVisibilityInputDto)
  afterClose: ReviewVisibilityInputDto;
}

export class AssigneeDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Everyone in this unit's subtree (or, with role, those holding it there)" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

export class OverrideDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  opensAt?: Date;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  closesAt?: Date;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  extraMinutes?: number;
}

export class CreateSittingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  paperId: string;

  @ApiProperty({ example: '12月 月度测验' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiProperty()
  @Type(() => Date)
  @IsDate()
  opensAt: Date;

  @ApiProperty()
  @Type(() => Date)
  @IsDate()
  closesAt: Date;

  @ApiProperty({ minimum: 1, maximum: 600 })
  @IsInt()
  @Min(1)
  @Max(600)
  durationMinutes: number;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  attemptsAllowed?: number;

  @ApiPropertyOptional({ enum: ATTEMPT_GRADING_METHODS, default: 'highest' })
  @IsOptional()
  @IsIn(ATTEMPT_GRADING_METHODS)
  gradingMethod?: (typeof ATTEMPT_GRADING_METHODS)[number];

  @ApiPropertyOptional({ default: 60 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  passPercent?: number;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() shuffleQuestions?: boolean;

  @ApiPropertyOptional({ type: ReviewPolicyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReviewPolicyDto)
  reviewPolicy?: ReviewPolicyDto;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Strict mode: submit after this many page switches' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  switchLimit?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'A make-up sitting (补考) for this sitting' })
  @IsOptional()
  @IsUUID()
  makeupOf?: string;

  @ApiProperty({ type: [AssigneeDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AssigneeDto)
  assignees: AssigneeDto[];

  @ApiPropertyOptional({ type: [OverrideDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => OverrideDto)
  overrides?: OverrideDto[];
}

export class SetOverridesDto {
  @ApiProperty({ type: [OverrideDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => OverrideDto)
  overrides: OverrideDto[];
}

export class AssigneeViewDto {
  @ApiProperty({ nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ nullable: true, type: String }) role: string | null;
  @ApiProperty({ nullable: true, type: String }) userId: string | null;
}

export class OverrideViewDto {
  @ApiProperty({ nullable: true, type: String }) userId: string | null;
  @ApiProperty({ nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ nullable: true, type: Date }) opensAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) closesAt: Date | null;
  @ApiProperty() extraMinutes: number;
}

export class SittingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) paperId: string;
  @ApiProperty() paperTitle: string;
  @ApiProperty() title: string;
  @ApiProperty() opensAt: Date;
  @ApiProperty() closesAt: Date;
  @ApiProperty() durationMinutes: number;
  @ApiProperty() attemptsAllowed: number;
  @ApiProperty({ enum: ATTEMPT_GRADING_METHODS }) gradingMethod: string;
  @ApiProperty() passPercent: number;
  @ApiProperty() shuffleQuestions: boolean;
  @ApiProperty({ type: ReviewPolicyDto }) reviewPolicy: ReviewPolicyDto;
  @ApiProperty({ nullable: true, type: Number }) switchLimit: number | null;
  @ApiProperty({ nullable: true, type: String }) makeupOf: string | null;
  @ApiProperty({ format: 'uuid' }) ownerUnitId: string;
  @ApiProperty({ type: [AssigneeViewDto] }) assignees: AssigneeViewDto[];
  @ApiProperty({ type: [OverrideViewDto] }) overrides: OverrideViewDto[];
  @ApiProperty({ description: 'Whether the caller may change it (overrides, make-ups); managers following their people read only' })
  canManage: boolean;
}

export class CreateMakeupDto {
  @ApiPropertyOptional({ description: 'Defaults to the original title plus （补考）' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiProperty()
  @Type(() => Date)
  @IsDate()
  opensAt: Date;

  @ApiProperty()
  @Type(() => Date)
  @IsDate()
  closesAt: Date;

  @ApiPropertyOptional({ description: "Defaults to the original's" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  durationMinutes?: number;
}

export class SittingEndedDto {
  @ApiProperty({ description: 'When every window of the sitting and its make-ups now closes' }) closedAt: Date;
  @ApiProperty({ description: 'Attempts still being answered, submitted and scored by the server' }) submittedAttempts: number;
}
