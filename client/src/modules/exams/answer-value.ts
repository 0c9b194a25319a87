import type { CandidateQuestionDto } from '@/api/schema'
import { isPairs, type AnswerValue } from '@/components/question/question-shape'

export { answerFromServer, characterCount, type AnswerValue } from '@/components/question/question-shape'

export type ExamQuestion = CandidateQuestionDto
export type QuestionType = ExamQuestion['type']

/** What is sent: an answer with nothing in it is sent as null, which clears it on the server. */
export function normaliseAnswer(type: QuestionType, value: AnswerValue): AnswerValue {
  if (value === null) return null
  switch (type) {
    case 'essay':
    case 'single':
      return typeof value === 'string' && value.trim() !== '' ? value : null
    case 'multiple':
      return Array.isArray(value) && value.length > 0 ? value : null
    case 'fill_blank':
      return Array.isArray(value) && value.some((blank) => blank.trim() !== '') ? value : null
    case 'matching':
      return isPairs(value) && Object.keys(value).length > 0 ? value : null
    case 'ordering':
    case 'true_false':
    case 'numeric':
      return value
  }
}

export function isAnswered(type: QuestionType, value: AnswerValue | undefined): boolean {
  return value !== undefined && normaliseAnswer(type, value) !== null
}

/** Typing answers are saved after a pause rather than on every key. */
export function isTypedAnswer(type: QuestionType): boolean {
  return type === 'fill_blank' || type === 'numeric' || type === 'essay'
}
