import type { ChoiceViewDto } from '@/api/schema'
import { richTextToPlain } from '@/modules/question-bank/rich-text'
import type { ShownQuestion } from './question-shape'

export interface AnswerWords {
  truthTrue: string
  truthFalse: string
}

const circled = (n: number) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `(${n})`)

function choiceLabel(list: readonly ChoiceViewDto[] | undefined, id: string, lettered: boolean): string {
  const index = (list ?? []).findIndex((c) => c.id === id)
  const found = list?.[index]
  const text = found ? richTextToPlain(found.text) : id
  return lettered && found ? `${String.fromCharCode(65 + index)}. ${text}` : text
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function numericKey(value: unknown, unit: string | undefined): string | null {
  const suffix = unit ? ` ${unit}` : ''
  if (typeof value === 'number') return `${value}${suffix}`
  if (!isRecord(value)) return null
  if (typeof value.value === 'number') {
    const tolerance = typeof value.tolerance === 'number' && value.tolerance > 0 ? `（±${value.tolerance}）` : ''
    return `${value.value}${suffix}${tolerance}`
  }
  if (typeof value.min === 'number' && typeof value.max === 'number') return `${value.min} – ${value.max}${suffix}`
  return null
}

/**
 * An answer (the candidate's, or the key the review may show) as lines of plain text, with options
 * named by the letters the candidate saw. Null when there is no answer.
 */
export function answerLines(question: ShownQuestion, value: unknown, words: AnswerWords): string[] | null {
  if (value === null || value === undefined) return null
  switch (question.type) {
    case 'single':
      return typeof value === 'string' ? [choiceLabel(question.options, value, true)] : null
    case 'multiple':
      return Array.isArray(value) && value.length ? value.map((id) => choiceLabel(question.options, String(id), true)) : null
    case 'true_false':
      return typeof value === 'boolean' ? [value ? words.truthTrue : words.truthFalse] : null
    case 'fill_blank':
      // The candidate's answer is one string per blank; the key lists the accepted answers per blank.
      return Array.isArray(value)
        ? value.map((blank, i) => `${circled(i + 1)} ${Array.isArray(blank) ? blank.join(' / ') : String(blank) || '—'}`)
        : null
    case 'numeric': {
      const text = numericKey(value, question.unit)
      return text === null ? null : [text]
    }
    case 'matching':
      return isRecord(value)
        ? (question.left ?? [])
            .filter((l) => typeof value[l.id] === 'string')
            .map((l) => `${richTextToPlain(l.text)} → ${choiceLabel(question.right, String(value[l.id]), false)}`)
        : null
    case 'ordering':
      return Array.isArray(value) ? value.map((id, i) => `${i + 1}. ${choiceLabel(question.items, String(id), false)}`) : null
    case 'essay':
      return typeof value === 'string' && value.trim() ? [value] : null
  }
}
