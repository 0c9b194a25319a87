import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsPositive, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { QUESTION_LIMITS } from '../../domain/question-limits';

/** The parts a question is built of, shared by the editor's payload and the stored content's schemas. */
export class ChoiceDto {
  @ApiProperty({ example: 'A' })
  @IsString()
  @Matches(/^[A-Za-z0-9]{1,8}$/, { message: 'id must be 1–8 letters or digits' })
  id: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(QUESTION_LIMITS.choiceText)
  text: string;
}

export class SourceReferenceDto {
  @ApiProperty({ example: '中华人民共和国烟草专卖法' })
  @IsString()
  @MinLength(1)
  @MaxLength(QUESTION_LIMITS.sourceDocument)
  document: string;

  @ApiPropertyOptional({ example: '第十六条' })
  @IsOptional()
  @IsString()
  @MaxLength(QUESTION_LIMITS.sourceArticle)
  article?: string;

  @ApiPropertyOptional({ example: '2015-04-24' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveDate must be YYYY-MM-DD' })
  effectiveDate?: string;
}

export class RubricItemDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(QUESTION_LIMITS.criterion)
  criterion: string;

  @ApiProperty()
  @IsNumber()
  @IsPositive()
  points: number;
}
