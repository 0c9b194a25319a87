import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../../platform/http/page-query.dto';
import { namedSchema } from '../../../../platform/http/named-schema';
import { ISSUE_CODE_PROPERTY, ISSUE_PARAMS_PROPERTY } from '../../../../platform/http/issue-schema';
import { COMPETENCY_DIMENSIONS, QUESTION_TYPES, type QuestionType } from '../../domain/question-draft';
import { QUESTION_LIMITS } from '../../domain/question-limits';
import { EXPORT_FORMATS, IMPORT_FORMATS, type ExportFormat, type ImportFormat } from '../../formats/question-formats';
import { ImportWarningDto } from './quality.dto';
import { ANSWER_KEY, ApiQuestionContentModels, QUESTION_CONTENT } from './question-content.dto';
import { ChoiceDto, RubricItemDto, SourceReferenceDto } from './question-parts.dto';

export { ChoiceDto, RubricItemDto, SourceReferenceDto };

/** The editor's payload. Only the fields of the chosen type are kept; the answer's shape is checked per type. */
export class QuestionInputDto {
  @ApiProperty({ enum: QUESTION_TYPES })
  @IsIn(QUESTION_TYPES)
  type: QuestionType;

  @ApiPropertyOptional({ description: 'Stable key within the bank; generated when absent' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'key must be lowercase letters, digits and -' })
  key?: string;

  @ApiProperty({ description: 'Rich text (sanitised); fill_blank marks blanks as {{1}}, {{2}}' })
  @IsString()
  @MinLength(1)
  @MaxLength(QUESTION_LIMITS.stem)
  stem: string;

  @ApiPropertyOptional({ description: 'Category path, levels joined by /' })
  @IsOptional()
  @IsString()
  @MaxLength(QUESTION_LIMITS.category)
  category?: string;

  @ApiPropertyOptional({ enum: COMPETENCY_DIMENSIONS })
  @IsOptional()
  @IsIn(COMPETENCY_DIMENSIONS)
  dimension?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  difficulty?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber()
  @IsPositive()
  points?: number;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(QUESTION_LIMITS.tags)
  @IsString({ each: true })
  @MaxLength(QUESTION_LIMITS.tag, { each: true })
  tags?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(QUESTION_LIMITS.explanation)
  explanation?: string;

  @ApiPropertyOptional({ type: SourceReferenceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SourceReferenceDto)
  source?: SourceReferenceDto;

  @ApiPropertyOptional({ type: [ChoiceDto], description: 'single, multiple' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(QUESTION_LIMITS.options)
  @ValidateNested({ each: true })
  @Type(() => ChoiceDto)
  options?: ChoiceDto[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' }, description: 'single: options other than the key that earn part of the marks, option id → fraction (0..1)' })
  @IsOptional()
  @IsObject()
  credit?: Record<string, number>;

  @ApiPropertyOptional({ type: [ChoiceDto], description: 'matching' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(QUESTION_LIMITS.choiceList)
  @ValidateNested({ each: true })
  @Type(() => ChoiceDto)
  left?: ChoiceDto[];

  @ApiPropertyOptional({ type: [ChoiceDto], description: 'matching (may include distractors)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(QUESTION_LIMITS.choiceList)
  @ValidateNested({ each: true })
  @Type(() => ChoiceDto)
  right?: ChoiceDto[];

  @ApiPropertyOptional({ type: [ChoiceDto], description: 'ordering' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(QUESTION_LIMITS.choiceList)
  @ValidateNested({ each: true })
  @Type(() => ChoiceDto)
  items?: ChoiceDto[];

  @ApiPropertyOptional({ allOf: [ANSWER_KEY], description: 'essay: omit' })
  @IsOptional()
  @IsDefined()
  answer?: unknown;

  @ApiPropertyOptional({ description: 'numeric' })
  @IsOptional()
  @IsString()
  @MaxLength(QUESTION_LIMITS.unit)
  unit?: string;

  @ApiPropertyOptional({ description: 'essay' })
  @IsOptional()
  @IsString()
  @MaxLength(QUESTION_LIMITS.referenceAnswer)
  referenceAnswer?: string;

  @ApiPropertyOptional({ type: [RubricItemDto], description: 'essay' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(QUESTION_LIMITS.rubricItems)
  @ValidateNested({ each: true })
  @Type(() => RubricItemDto)
  rubric?: RubricItemDto[];
}

export class DraftCheckDto extends QuestionInputDto {
  @ApiPropertyOptional({ description: 'The key of the question being edited, so it is not reported as a near-duplicate of itself' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  ownKey?: string;
}

export class DraftProblemDto {
  @ApiProperty() field: string;
  @ApiPropertyOptional(ISSUE_CODE_PROPERTY) code?: string;
  @ApiPropertyOptional(ISSUE_PARAMS_PROPERTY) params?: Record<string, string | number>;
  @ApiProperty({ description: 'zh-CN; the fallback of a translation by code' }) message: string;
}

export class DraftCheckResultDto {
  @ApiProperty({ type: [DraftProblemDto], description: 'What a save would refuse' }) problems: DraftProblemDto[];
  @ApiProperty({ type: [ImportWarningDto], description: 'Item-writing checks the draft breaks; never blocking' }) warnings: ImportWarningDto[];
}

export class UpdateQuestionDto extends QuestionInputDto {
  @ApiPropertyOptional({ description: 'Why this version was made' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  changeNote?: string;
}

@ApiQuestionContentModels()
export class QuestionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) bankId: string;
  @ApiProperty() key: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type: QuestionType;
  @ApiProperty({ enum: ['active', 'retired'] }) status: 'active' | 'retired';
  @ApiProperty({ description: 'A cited source was superseded; kept out of new papers until reviewed' }) needsReview: boolean;
  @ApiProperty({ nullable: true, type: String }) reviewReason: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Set by item analysis when the question discriminates badly' }) qualityFlag: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) categoryId: string | null;
  @ApiProperty({ nullable: true, type: String }) categoryPath: string | null;
  @ApiProperty({ nullable: true, type: String }) dimension: string | null;
  @ApiProperty({ nullable: true, type: Number }) difficulty: number | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty() currentVersion: number;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ allOf: [QUESTION_CONTENT], description: 'The current version: meta and body of the question, answer key included (trainers only)' })
  content: object;
}

export class RevertQuestionDto {
  @ApiProperty({ minimum: 1, description: 'The earlier version whose content becomes the new current version' })
  @IsInt()
  @Min(1)
  version: number;
}

export class QuestionSearchHitDto extends QuestionDto {
  @ApiProperty() bankName: string;
}

export class QuestionSearchPageDto {
  @ApiProperty({ type: [QuestionSearchHitDto] }) items: QuestionSearchHitDto[];
  @ApiProperty() total: number;
  @ApiProperty({ type: [String], description: 'The words every hit contains (split at spaces, full-width folded), for highlighting' }) terms: string[];
}

export class QuestionSearchQueryDto extends PageQueryDto {
  @ApiProperty({ description: 'Words that must all appear in the stem, an option, the explanation, a tag or the key; Chinese needs no spaces' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q: string;
}

export class QuestionPageDto {
  @ApiProperty({ type: [QuestionDto] }) items: QuestionDto[];
  @ApiProperty() total: number;
}

export class QuestionVersionDto {
  @ApiProperty() version: number;
  @ApiProperty({ allOf: [QUESTION_CONTENT] }) content: object;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: String }) createdByName: string | null;
  @ApiProperty({ nullable: true, type: String }) changeNote: string | null;
}

/** Ids a URL can carry comfortably (37 characters each, well under Node's 16 KB header limit). */
export const MAX_ID_FILTER = 200;

export class QuestionPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: QUESTION_TYPES })
  @IsOptional()
  @IsIn(QUESTION_TYPES)
  type?: QuestionType;

  @ApiPropertyOptional({ format: 'uuid', description: 'The category and everything below it' })
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @ApiPropertyOptional({ enum: COMPETENCY_DIMENSIONS })
  @IsOptional()
  @IsIn(COMPETENCY_DIMENSIONS)
  dimension?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  difficulty?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string;

  @ApiPropertyOptional({ enum: ['active', 'retired'] })
  @IsOptional()
  @IsIn(['active', 'retired'])
  status?: 'active' | 'retired';

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  needsReview?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Any part of the stem, options or tags; Chinese included' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ type: String, description: `Only these questions: up to ${MAX_ID_FILTER} ids, comma-separated (e.g. those an import just wrote)` })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @IsArray()
  @ArrayMaxSize(MAX_ID_FILTER)
  @IsUUID('all', { each: true })
  ids?: string[];
}

export class BulkQuestionActionDto {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  questionIds: string[];

  @ApiProperty({ enum: ['move', 'tag', 'retire', 'restore'] })
  @IsIn(['move', 'tag', 'retire', 'restore'])
  action: 'move' | 'tag' | 'retire' | 'restore';

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'move: target category (null for none)' })
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;

  @ApiPropertyOptional({ description: 'tag: the tag to add' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  tag?: string;
}

export class BulkResultDto {
  @ApiProperty() changed: number;
}

export class ImportIssueDto {
  @ApiPropertyOptional({ description: '1-based line (text formats)' }) line?: number;
  @ApiPropertyOptional({ description: 'Row as Excel shows it (XLSX)' }) row?: number;
  @ApiProperty() field: string;
  @ApiPropertyOptional(ISSUE_CODE_PROPERTY) code?: string;
  @ApiPropertyOptional(ISSUE_PARAMS_PROPERTY) params?: Record<string, string | number>;
  @ApiProperty({ description: 'zh-CN; the fallback of a translation by code' }) message: string;
}

export class DuplicateNoteDto {
  @ApiPropertyOptional() line?: number;
  @ApiPropertyOptional() row?: number;
  @ApiProperty({ nullable: true, type: String }) key: string | null;
  @ApiProperty({ description: 'The start of the imported stem' }) stem: string;
  @ApiProperty() existingKey: string;
  @ApiProperty({ enum: ['skipped', 'new_version'] }) outcome: 'skipped' | 'new_version';
  @ApiPropertyOptional({ description: 'It repeats the question at this line of the same file' }) sameAsLine?: number;
  @ApiPropertyOptional({ description: 'It repeats the question at this row of the same file' }) sameAsRow?: number;
}

export class QuestionImportReportDto {
  @ApiProperty() created: number;
  @ApiProperty({ description: 'Existing questions given a new version' }) updated: number;
  @ApiProperty() skipped: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) byType: Record<string, number>;
  @ApiProperty({ type: [DuplicateNoteDto] }) duplicates: DuplicateNoteDto[];
  @ApiProperty({ type: [ImportIssueDto] }) errors: ImportIssueDto[];
  @ApiProperty({ type: [ImportIssueDto], description: 'What reading the file changed or left out to keep it importable (a repeated name made unique, a setting ignored); never blocking' }) notes: ImportIssueDto[];
  @ApiProperty({ type: [ImportWarningDto], description: 'Item-writing checks the questions break; never blocking' }) warnings: ImportWarningDto[];
  @ApiProperty({ type: [String], description: 'The questions written (created or given a new version), in file order; empty on a dry run' }) questionIds: string[];
}

export class QuestionImportQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';

  @ApiPropertyOptional({ enum: ['skip', 'new_version'], default: 'skip', description: 'What to do with questions that already exist' })
  @IsOptional()
  @IsIn(['skip', 'new_version'])
  duplicates?: 'skip' | 'new_version';
}

export class SourceDocumentDto {
  @ApiProperty() title: string;
  @ApiProperty() questionCount: number;
  @ApiProperty() needsReviewCount: number;
  @ApiProperty({ nullable: true, type: Date }) supersededAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) supersededNote: string | null;
}

export class SupersedeSourceDto {
  @ApiProperty({ example: '中华人民共和国烟草专卖法实施条例' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiProperty({ example: '2026 年修订，第二十三条有变' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  note: string;
}

export class SupersedeResultDto {
  @ApiProperty({ description: 'Questions flagged for review' }) flagged: number;
}

/** The formats an import reads, named in the contract so the client's list comes from it. */
export const QUESTION_IMPORT_FORMAT = namedSchema('QuestionImportFormat', { type: 'string', enum: [...IMPORT_FORMATS] });

export class ImportFormatDto {
  @ApiPropertyOptional({ enum: IMPORT_FORMATS, description: 'Overrides the format implied by the file name' })
  @IsOptional()
  @IsIn(IMPORT_FORMATS)
  format?: ImportFormat;
}

export class ExportQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS, enumName: 'QuestionExportFormat' })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;
}
