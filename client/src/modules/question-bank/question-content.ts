import type { QuestionInputDto } from '@/api/schema'
import type { QuestionContent, QuestionType } from '@/api/types'
import { schemaValues } from '@/composables/schema-values'

/**
 * A question's content as the server stores it: the generated schema's discriminated union
 * (one shape per `type`), re-exported here under the names the question components use.
 */
export type { Choice, NumericAnswer, QuestionContent, QuestionType, RubricItem, SourceReference } from '@/api/types'

export const QUESTION_TYPES = schemaValues<QuestionType>({
  single: true,
  multiple: true,
  true_false: true,
  fill_blank: true,
  numeric: true,
  matching: true,
  ordering: true,
  essay: true,
})

export type Dimension = NonNullable<QuestionInputDto['dimension']>
export const DIMENSIONS = schemaValues<Dimension>({
  行业政策: true,
  供货政策: true,
  法律法规: true,
  V3系统操作: true,
  日常业务: true,
  营销知识: true,
  社交礼仪与沟通: true,
  市场分析与预测: true,
})

export const DIFFICULTIES = [1, 2, 3, 4, 5] as const

/** The content of a question or version. */
export function contentOf(value: { content: QuestionContent }): QuestionContent {
  return value.content
}

export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === 'string' && (QUESTION_TYPES as readonly string[]).includes(value)
}

export function isDimension(value: unknown): value is Dimension {
  return typeof value === 'string' && (DIMENSIONS as readonly string[]).includes(value)
}

/** Blanks are marked {{1}}, {{2}}, … in a fill-in-the-blank stem. */
export const BLANK_PATTERN = /\{\{(\d+)\}\}/g

export function blankCount(stem: string): number {
  return (stem.match(BLANK_PATTERN) ?? []).length
}

/** Option ids are letters; candidates see options labelled by position, whatever their ids. */
export function positionLetter(index: number): string {
  return String.fromCharCode(65 + index)
}
