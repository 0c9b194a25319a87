import type { Choice, QuestionContent } from '@/modules/question-bank/question-content'

/** Words that depend on the language; the caller passes them from its catalogue. */
export interface AnswerWords {
  truthTrue: string
  truthFalse: string
}

const SEPARATOR = '；'

function choiceLabel(options: readonly Choice[], id: unknown): string {
  const option = options.find((o) => o.id === id)
  return option ? `${option.id}. ${option.text}` : String(id)
}

function isEmpty(answer: unknown): boolean {
  return answer === null || answer === undefined || answer === '' || (Array.isArray(answer) && answer.every((a) => a === '' || a === null))
}

function numericKey(answer: Extract<QuestionContent, { type: 'numeric' }>['answer']): string {
  if ('min' in answer) return `${answer.min} – ${answer.max}`
  return answer.tolerance ? `${answer.value} ± ${answer.tolerance}` : String(answer.value)
}

/** The right answer of a question, as one line a marker can read beside the candidate's. */
export function keyText(content: QuestionContent, words: AnswerWords): string {
  switch (content.type) {
    case 'single':
      return choiceLabel(content.options, content.answer)
    case 'multiple':
      return content.answer.map((id) => choiceLabel(content.options, id)).join(SEPARATOR)
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

/** What the candidate answered, in the same form as keyText; '' when nothing was answered. */
export function responseText(content: QuestionContent, answer: unknown, words: AnswerWords): string {
  if (isEmpty(answer)) return ''
  switch (content.type) {
    case 'single':
      return choiceLabel(content.options, answer)
    case 'multiple':
      return (Array.isArray(answer) ? answer : [answer]).map((id) => choiceLabel(content.options, id)).join(SEPARATOR)
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
