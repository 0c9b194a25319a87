import type { QuestionDto, QuestionInputDto } from '@/api/schema'
import { schemaValues } from '@/composables/schema-values'

/**
 * The shapes of a question's content as the server stores it
 * (server/src/modules/question-bank/domain/question-draft.ts). The generated schema types the
 * content and the answer as open records, so the client narrows them here, in one place.
 */
export type QuestionType = QuestionDto['type']
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

export interface Choice {
  id: string
  text: string
}

export interface RubricItem {
  criterion: string
  points: number
}

export interface SourceReference {
  document: string
  article?: string
  effectiveDate?: string
}

export type NumericAnswer = { value: number; tolerance?: number } | { min: number; max: number }

export type QuestionBody =
  | { type: 'single'; options: Choice[]; answer: string }
  | { type: 'multiple'; options: Choice[]; answer: string[] }
  | { type: 'true_false'; answer: boolean }
  | { type: 'fill_blank'; answer: string[][] }
  | { type: 'numeric'; answer: NumericAnswer; unit?: string }
  | { type: 'matching'; left: Choice[]; right: Choice[]; answer: Record<string, string> }
  | { type: 'ordering'; items: Choice[]; answer: string[] }
  | { type: 'essay'; referenceAnswer: string; rubric: RubricItem[] }

export interface QuestionMeta {
  key?: string
  category?: string
  dimension?: string
  difficulty?: number
  points?: number
  tags?: string[]
  stem: string
  explanation?: string
  source?: SourceReference
}

export type QuestionContent = QuestionMeta & QuestionBody

/** The content of a question or version as the server sent it; the server guarantees the shape. */
export function contentOf(value: { content: Record<string, unknown> }): QuestionContent {
  return value.content as unknown as QuestionContent
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
