import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { namedSchema } from '../../../../platform/http/named-schema';
import { COMPETENCY_DIMENSIONS, type QuestionType } from '../../domain/question-draft';
import { ChoiceDto, RubricItemDto, SourceReferenceDto } from './question-parts.dto';

/**
 * The shapes of a stored question (domain/question-draft.ts) as the OpenAPI document names them, one
 * schema per type under a `type` discriminator. These classes describe responses only; input is
 * checked by QuestionInputDto and the domain's answer-shape rules.
 */
export class QuestionMetaDto {
  @ApiPropertyOptional({ description: "Stable key within the bank (a question's current content; versions leave it out)" }) key?: string;
  @ApiPropertyOptional({ description: "Category path, levels joined by '/' (a question's current content)" }) category?: string;
  @ApiPropertyOptional({ type: [String], description: "A question's current content" }) tags?: string[];
  @ApiProperty({ description: 'Plain text or sanitised HTML; fill_blank marks blanks as {{1}}, {{2}}' }) stem: string;
  @ApiPropertyOptional({ enum: COMPETENCY_DIMENSIONS }) dimension?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 5 }) difficulty?: number;
  @ApiPropertyOptional() points?: number;
  @ApiPropertyOptional() explanation?: string;
  @ApiPropertyOptional({ type: SourceReferenceDto }) source?: SourceReferenceDto;
}

const NUMERIC_EXACT = namedSchema('NumericExactAnswer', {
  type: 'object',
  required: ['value'],
  properties: { value: { type: 'number' }, tolerance: { type: 'number', description: 'Accepted either side of value' } },
});
const NUMERIC_RANGE = namedSchema('NumericRangeAnswer', {
  type: 'object',
  required: ['min', 'max'],
  properties: { min: { type: 'number' }, max: { type: 'number' } },
});
export const NUMERIC_ANSWER = namedSchema('NumericAnswer', { oneOf: [NUMERIC_EXACT, NUMERIC_RANGE] });

const STRING_MAP = { type: 'object', additionalProperties: { type: 'string' } } as const;
const kind = (type: QuestionType) => ({ enum: [type], type: String });

export class SingleContentDto extends QuestionMetaDto {
  @ApiProperty(kind('single')) type: 'single';
  @ApiProperty({ type: [ChoiceDto] }) options: ChoiceDto[];
  @ApiProperty({ description: 'The right option id' }) answer: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' }, description: 'Options other than the key that earn part of the marks: option id → fraction (0..1)' })
  credit?: Record<string, number>;
}

export class MultipleContentDto extends QuestionMetaDto {
  @ApiProperty(kind('multiple')) type: 'multiple';
  @ApiProperty({ type: [ChoiceDto] }) options: ChoiceDto[];
  @ApiProperty({ type: [String], description: 'Every right option id' }) answer: string[];
}

export class TrueFalseContentDto extends QuestionMetaDto {
  @ApiProperty(kind('true_false')) type: 'true_false';
  @ApiProperty() answer: boolean;
}

export class FillBlankContentDto extends QuestionMetaDto {
  @ApiProperty(kind('fill_blank')) type: 'fill_blank';
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'string' } }, description: 'answer[i] lists the accepted answers of blank i+1' })
  answer: string[][];
}

export class NumericContentDto extends QuestionMetaDto {
  @ApiProperty(kind('numeric')) type: 'numeric';
  @ApiProperty({ allOf: [NUMERIC_ANSWER] }) answer: object;
  @ApiPropertyOptional() unit?: string;
}

export class MatchingContentDto extends QuestionMetaDto {
  @ApiProperty(kind('matching')) type: 'matching';
  @ApiProperty({ type: [ChoiceDto] }) left: ChoiceDto[];
  @ApiProperty({ type: [ChoiceDto], description: 'May hold distractors' }) right: ChoiceDto[];
  @ApiProperty({ ...STRING_MAP, description: 'Every left id mapped to its right id' }) answer: Record<string, string>;
}

export class OrderingContentDto extends QuestionMetaDto {
  @ApiProperty(kind('ordering')) type: 'ordering';
  @ApiProperty({ type: [ChoiceDto] }) items: ChoiceDto[];
  @ApiProperty({ type: [String], description: 'Every item id once, in the right order' }) answer: string[];
}

export class EssayContentDto extends QuestionMetaDto {
  @ApiProperty(kind('essay')) type: 'essay';
  @ApiProperty() referenceAnswer: string;
  @ApiProperty({ type: [RubricItemDto] }) rubric: RubricItemDto[];
}

const CONTENT_MODELS = {
  single: SingleContentDto,
  multiple: MultipleContentDto,
  true_false: TrueFalseContentDto,
  fill_blank: FillBlankContentDto,
  numeric: NumericContentDto,
  matching: MatchingContentDto,
  ordering: OrderingContentDto,
  essay: EssayContentDto,
} satisfies Record<QuestionType, unknown>;

/** A question's content: its meta and the body of its type, answer key included. */
export const QUESTION_CONTENT = namedSchema('QuestionContent', {
  oneOf: Object.values(CONTENT_MODELS).map((model) => ({ $ref: getSchemaPath(model) })),
  discriminator: { propertyName: 'type', mapping: Object.fromEntries(Object.entries(CONTENT_MODELS).map(([type, model]) => [type, getSchemaPath(model)])) },
});

/** A question's answer key in its type's shape (essays have none: they carry a reference answer). */
export const ANSWER_KEY = namedSchema('AnswerKey', {
  oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }, { type: 'boolean' }, { type: 'array', items: { type: 'array', items: { type: 'string' } } }, NUMERIC_ANSWER, STRING_MAP],
  description: 'single: option id; multiple: option ids; true_false: boolean; fill_blank: accepted answers per blank; numeric: {value, tolerance?} or {min, max}; matching: {leftId: rightId}; ordering: ids in order',
});

/** Puts every content schema into the document; decorate a DTO that refers to QUESTION_CONTENT. */
export const ApiQuestionContentModels = () => ApiExtraModels(...Object.values(CONTENT_MODELS));
