import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { MATERIAL_PURPOSES, type MaterialPurpose } from '../../domain/material-purpose';

const PURPOSE_DESCRIPTION = 'practice = 练习题 (practice may serve it); exam = 考试题 (reserved for exams, never served by practice)';

export class QuestionBankDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String, description: 'Key of a bank kept in the repository' }) key: string | null;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: MATERIAL_PURPOSES, description: PURPOSE_DESCRIPTION }) purpose: MaterialPurpose;
  @ApiProperty({ format: 'uuid' }) ownerUnitId: string;
  @ApiProperty() ownerUnitName: string;
  @ApiProperty({ type: [String] }) sharedUnitIds: string[];
  @ApiProperty() questionCount: number;
  @ApiProperty() activeCount: number;
  @ApiProperty() needsReviewCount: number;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ description: 'Whether the caller may change this bank' }) canEdit: boolean;
}

export class CreateQuestionBankDto {
  @ApiProperty({ example: '2026年12月 月度测验题库' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ enum: MATERIAL_PURPOSES, default: 'practice', description: PURPOSE_DESCRIPTION })
  @IsOptional()
  @IsIn(MATERIAL_PURPOSES)
  purpose?: MaterialPurpose;

  @ApiPropertyOptional({ format: 'uuid', description: "Owning unit; defaults to the caller's unit" })
  @IsOptional()
  @IsUUID()
  ownerUnitId?: string;
}

export class UpdateQuestionBankDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ enum: MATERIAL_PURPOSES, description: PURPOSE_DESCRIPTION })
  @IsOptional()
  @IsIn(MATERIAL_PURPOSES)
  purpose?: MaterialPurpose;
}

export class ShareQuestionBankDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Units whose trainers may also edit the bank (replaces the list); only units within the caller’s scope' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  unitIds: string[];
}

export class QuestionCategoryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Names from the root joined by /' }) path: string;
  @ApiProperty({ enum: MATERIAL_PURPOSES, nullable: true, type: String, description: 'Its own marking; null follows the nearest marked ancestor, else the bank' })
  purpose: MaterialPurpose | null;
  @ApiProperty({ enum: MATERIAL_PURPOSES, description: 'What its questions are, after inheritance' }) effectivePurpose: MaterialPurpose;
  @ApiProperty({ description: 'Questions directly in this category' }) questionCount: number;
}

export class UpdateQuestionCategoryDto {
  @ApiProperty({ enum: MATERIAL_PURPOSES, nullable: true, type: String, description: `${PURPOSE_DESCRIPTION}; null follows the parent category, else the bank` })
  @ValidateIf((_, v) => v !== null)
  @IsIn(MATERIAL_PURPOSES)
  purpose: MaterialPurpose | null;
}

export class CreateQuestionCategoryDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  parentId: string | null;
}
