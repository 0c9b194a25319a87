import type { QuestionType } from '@/modules/question-bank/question-content'
import { richTextToPlain } from '@/modules/question-bank/rich-text'

/**
 * The item analysis as the server computes it (server/src/modules/exams/domain/statistics). The
 * generated schema types it as open records, so the shape is written down here, in one place.
 * Percentages are 0..100; every figure is null where too few attempts make it meaningless.
 */
export interface TestStatistics {
  count: number
  mean: number | null
  median: number | null
  variance: number | null
  standardDeviation: number | null
  skewness: number | null
  kurtosis: number | null
  cicPercent: number | null
  errorRatioPercent: number | null
  standardError: number | null
}

export type ItemReview =
  | { item: number; status: 'too_few_attempts'; note: string }
  | { item: number; status: 'flagged'; reasons: string[] }
  | { item: number; status: 'ok' }

export interface OptionTally {
  option: string
  count: number
  percent: number | null
}

export interface ItemDistractors {
  item: number
  responses: number
  blank: { count: number; percent: number | null }
  options: OptionTally[]
}

export interface AnalysedItem {
  item: number
  questionId: string
  questionKey: string
  /** The stem the candidates saw (rich text) */
  stem: string
  type: QuestionType
  attempts: number
  maxMark: number
  facilityPercent: number | null
  standardDeviation: number | null
  sdPercent: number | null
  intendedWeightPercent: number | null
  effectiveWeightPercent: number | null
  /** Pearson's r with the rest of the paper × 100 */
  discriminationIndex: number | null
  discriminativeEfficiency: number | null
  /** −1..1, right/wrong items only */
  pointBiserial: number | null
  randomGuessPercent: number | null
  review: ItemReview
  distractors: ItemDistractors | null
}

export interface ItemAnalysis {
  test: TestStatistics
  items: AnalysedItem[]
  flagged: number
}

export function isFlagged(item: AnalysedItem): boolean {
  return item.review.status === 'flagged'
}

/** The reasons the server gives, in its words (Chinese); empty unless flagged. */
export function flagReasons(item: AnalysedItem): string[] {
  return item.review.status === 'flagged' ? item.review.reasons : []
}

/** Why an item was not judged (too few attempts), in the server's words; '' otherwise. */
export function reviewNote(item: AnalysedItem): string {
  return item.review.status === 'too_few_attempts' ? item.review.note : ''
}

/** "12.3", or "—" for a figure the server left unset. */
export function formatFigure(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits)
}

/** "12.3%", or "—" (no unit) for a figure the server left unset. */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  const figure = formatFigure(value, digits)
  return figure === '—' ? figure : `${figure}%`
}

/** The stem as one line of plain text, cut to `max` characters with an ellipsis. */
export function stemPreview(stem: string, max = 40): string {
  const plain = richTextToPlain(stem).replace(/\{\{\d+\}\}/g, '____').replace(/\s+/g, ' ').trim()
  return plain.length > max ? `${plain.slice(0, max)}…` : plain
}
