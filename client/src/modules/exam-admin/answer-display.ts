import type { ShownOrder } from '@/api/types'
import type { Choice, QuestionContent } from '@/modules/question-bank/question-content'

/** Words that depend on the language; the caller passes them from its catalogue. */
export interface AnswerWords {
  truthTrue: string
  truthFalse: string
}

const SEPARATOR = '；'

/** The order a candidate was shown the choices in (the attempt's `shownOrder`); null when as stored. */
export type { ShownOrder } from '@/api/types'

/**
 * An option as the candidate saw it: the letter of its place on their screen (A for the first), not
 * its stored id, which after shuffling names another place ("C" where they saw "B").
 */
function choiceLabel(options: readonly Choice[], id: unknown, shown: ShownOrder | null | undefined): string {
  const option = options.find((o) => o.id === id)
  if (!option) return String(id)
  const order = shown?.options ?? options.map((o) => o.id)
  const place = order.indexOf(option.id)
  return place < 0 ? option.text : `${String.fromCharCode(65 + place)}. ${option.text}`
}

function numericKey(answer: Extract<QuestionContent, { type: 'numeric' }>['answer']): string {
  if ('min' in answer) return `${answer.min} – ${answer.max}`
  return answer.tolerance ? `${answer.value} ± ${answer.tolerance}` : String(answer.value)
}

/** The right answer of a question, as one line a marker can read beside the candidate's. */
export function keyText(content: QuestionContent, words: AnswerWords, shown?: ShownOrder | null): string {
  switch (content.type) {
    case 'single':
      return choiceLabel(content.options, content.answer, shown)
    case 'multiple':
      return content.answer.map((id) => choiceLabel(content.options, id, shown)).join(SEPARATOR)
    case 'true_false':
      return content.answer ? words.truthTrue : words.truthFalse
    case 'fill_blank':
      return content.answer.map((accepted, i) => `(${i + 1}) ${accepted.join(' / ')}`).join(SEPARATOR)
    case 'numeric':
      return `${numericKey(content.answer)}${content.unit ? ` ${content.unit}` : ''}`
    case 'matching':
      return content.left.map((l) => `${l.text} → ${content.right.find((r) => r.id === content.answer[l.id])?.text ?? '?'}`).join(SEPARATOR)
    case 'ordering':
      return content.answer.map((id) => content.items.find((item) => item.id === id)?.text ?? id).join(' → ')
    case 'essay':
      return content.referenceAnswer
  }
}

function isEmpty(answer: unknown): boolean {
  return answer === null || answer === undefined || answer === '' || (Array.isArray(answer) && answer.every((a) => a === '' || a === null))
}

/** What the candidate answered, in the same form as keyText; '' when nothing was answered. */
export function responseText(content: QuestionContent, answer: unknown, words: AnswerWords, shown?: ShownOrder | null): string {
  if (isEmpty(answer)) return ''
  switch (content.type) {
    case 'single':
      return choiceLabel(content.options, answer, shown)
    case 'multiple':
      return (Array.isArray(answer) ? answer : [answer]).map((id) => choiceLabel(content.options, id, shown)).join(SEPARATOR)
    case 'true_false':
      return answer === true ? words.truthTrue : answer === false ? words.truthFalse : String(answer)
    case 'fill_blank':
      return (Array.isArray(answer) ? answer : [answer]).map((text, i) => `(${i + 1}) ${String(text ?? '')}`).join(SEPARATOR)
    case 'numeric':
      return `${String(answer)}${content.unit ? ` ${content.unit}` : ''}`
    case 'matching': {
      const pairs = typeof answer === 'object' && answer !== null ? (answer as Record<string, string>) : {}
      return content.left.map((l) => `${l.text} → ${content.right.find((r) => r.id === pairs[l.id])?.text ?? '—'}`).join(SEPARATOR)
    }
    case 'ordering':
      return (Array.isArray(answer) ? answer : []).map((id) => content.items.find((item) => item.id === id)?.text ?? String(id)).join(' → ')
    case 'essay':
      return typeof answer === 'string' ? answer : JSON.stringify(answer)
  }
}
