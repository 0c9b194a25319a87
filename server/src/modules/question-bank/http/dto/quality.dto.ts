import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { ITEM_CHECK_CODES, type ItemCheckCode } from '../../domain/item-checks';

export class ImportWarningDto {
  @ApiPropertyOptional({ description: '1-based line (text formats)' }) line?: number;
  @ApiPropertyOptional({ description: 'Row as Excel shows it (XLSX)' }) row?: number;
  @ApiProperty({ nullable: true, type: String }) key: string | null;
  @ApiProperty({ enum: ITEM_CHECK_CODES }) code: ItemCheckCode;
  @ApiProperty() field: string;
  @ApiProperty() message: string;
}

export class ItemFindingDto {
  @ApiProperty({ enum: ITEM_CHECK_CODES }) code: ItemCheckCode;
  @ApiProperty() field: string;
  @ApiProperty() message: string;
}

export class QualityQuestionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() key: string;
  @ApiProperty() type: string;
  @ApiProperty({ description: 'The stem as written (sanitised rich text)' }) stem: string;
  @ApiProperty({ type: [ItemFindingDto], description: 'What the written question breaks' }) findings: ItemFindingDto[];
  @ApiProperty({ nullable: true, type: String, description: "Item analysis's flag from real answers" }) qualityFlag: string | null;
}

export class SimilarStemDto {
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty({ format: 'uuid' }) bankId: string;
  @ApiProperty() bankName: string;
  @ApiProperty() key: string;
  @ApiProperty() stem: string;
}

export class SimilarPairDto {
  @ApiProperty({ type: SimilarStemDto, description: 'The question of this bank' }) question: SimilarStemDto;
  @ApiProperty({ type: SimilarStemDto, description: 'The similar question, in this bank or another the caller can see' }) similar: SimilarStemDto;
  @ApiProperty({ description: 'Dice similarity of character bigrams, 0–1' }) similarity: number;
}

export class RatioDto {
  @ApiProperty() count: number;
  @ApiProperty() of: number;
  @ApiProperty() share: number;
}

export class MixDeviationDto {
  @ApiProperty({ enum: ['difficulty', 'type'] }) attribute: 'difficulty' | 'type';
  @ApiProperty() value: string;
  @ApiProperty() actual: number;
  @ApiProperty() target: number;
}

export class SpreadEntryDto {
  @ApiProperty() count: number;
  @ApiProperty() share: number;
}

@ApiExtraModels(SpreadEntryDto)
export class BankFiguresDto {
  @ApiProperty() questions: number;
  @ApiProperty({ type: RatioDto }) longestKey: RatioDto;
  @ApiProperty({ type: RatioDto }) allButOneKeyed: RatioDto;
  @ApiProperty({ type: RatioDto }) hard: RatioDto;
  @ApiProperty({ type: RatioDto }) recitesPlan: RatioDto;
  @ApiProperty() nearDuplicatePairs: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) byCheck: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(SpreadEntryDto) } }) byDifficulty: Record<string, SpreadEntryDto>;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(SpreadEntryDto) } }) byType: Record<string, SpreadEntryDto>;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(SpreadEntryDto) } }) byDimension: Record<string, SpreadEntryDto>;
  @ApiProperty({ type: [MixDeviationDto] }) deviations: MixDeviationDto[];
}

export class BankQualityDto {
  @ApiProperty({ type: BankFiguresDto }) figures: BankFiguresDto;
  @ApiProperty({ type: [String], description: 'The limits of the shipped banks this bank breaks, as sentences' }) breaches: string[];
  @ApiProperty({ type: [QualityQuestionDto], description: 'Active questions with a written finding or an item-analysis flag' }) questions: QualityQuestionDto[];
  @ApiProperty({ type: [SimilarPairDto] }) similarPairs: SimilarPairDto[];
}
