import type { SpeechRubricItemDto } from '@/api/schema'

/** The judge's steppers move by half a point, within 0 and the item's maximum. */
export const STEP = 0.5

export function stepped(value: number, delta: number, max: number): number {
  return Math.min(max, Math.max(0, Math.round((value + delta) * 100) / 100))
}

export function sheetTotal(rubric: readonly SpeechRubricItemDto[], items: Readonly<Record<string, number | null>>): number {
  return Math.round(rubric.reduce((sum, r) => sum + (items[r.key] ?? 0) * 100, 0)) / 100
}

export function rubricMax(rubric: readonly SpeechRubricItemDto[]): number {
  return rubric.reduce((sum, r) => sum + r.max, 0)
}

/** A sheet is ready when every item has a number within its range. */
export function sheetComplete(
  rubric: readonly SpeechRubricItemDto[],
  items: Readonly<Record<string, number | null>>,
): items is Record<string, number> {
  return rubric.every((r) => {
    const v = items[r.key]
    return typeof v === 'number' && v >= 0 && v <= r.max
  })
}

/** The default sheet, for the create form (the server holds the same one). */
export const DEFAULT_RUBRIC: SpeechRubricItemDto[] = [
  { key: 'content', label: '内容', max: 30 },
  { key: 'delivery', label: '语言表达', max: 30 },
  { key: 'presence', label: '形象风度', max: 20 },
  { key: 'memorised', label: '脱稿', max: 10 },
  { key: 'impression', label: '综合印象', max: 10 },
]
