import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';

export class QuestionBankDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String, description: 'Key of a bank kept in the repository' }) key: string | null;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
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
  @ApiProperty({ description: 'Questions directly in this category' }) questionCount: number;
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
