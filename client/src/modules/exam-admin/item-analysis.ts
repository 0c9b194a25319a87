import type { AnalysedItem } from '@/api/types'
import { richTextToPlain } from '@/modules/question-bank/rich-text'

/**
 * The item analysis as the server computes it (server/src/modules/exams/domain/statistics), typed by
 * the contract. Percentages are 0..100; every figure is null where too few attempts make it meaningless.
 */
export type { AnalysedItem, ItemAnalysis, ItemDistractors, ItemReview, OptionTally, TestStatistics } from '@/api/types'

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
  const plain = richTextToPlain(stem)
    .replace(/\{\{\d+\}\}/g, '____')
    .replace(/\s+/g, ' ')
    .trim()
  return plain.length > max ? `${plain.slice(0, max)}…` : plain
}
