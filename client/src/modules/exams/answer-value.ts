import type { CandidateQuestionDto } from '@/api/schema'
import type { AnswerValue } from '@/api/types'

export type ExamQuestion = CandidateQuestionDto
export type QuestionType = ExamQuestion['type']

/**
 * A candidate's answer (the contract's AnswerValue): single → option id; multiple → ids; true_false →
 * boolean; fill_blank → one string per blank; numeric → number; matching → { leftId: rightId };
 * ordering → every item id; essay → text; null → no answer.
 */
export type { AnswerValue } from '@/api/types'

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string')

function isPairs(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string')
}

/** Reads an answer the server sent back, keeping only what fits the question's type. */
export function answerFromServer(type: QuestionType, raw: unknown): AnswerValue {
  switch (type) {
    case 'single':
    case 'essay':
      return typeof raw === 'string' ? raw : null
    case 'multiple':
    case 'ordering':
    case 'fill_blank':
      return isStringArray(raw) ? raw : null
    case 'true_false':
      return typeof raw === 'boolean' ? raw : null
    case 'numeric':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : null
    case 'matching':
      return isPairs(raw) ? raw : null
  }
}

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

/** Characters as a candidate counts them (and as the server limits them): an emoji is one. */
export const characterCount = (text: string) => [...text].length

/** Typing answers are saved after a pause rather than on every key. */
export function isTypedAnswer(type: QuestionType): boolean {
  return type === 'fill_blank' || type === 'numeric' || type === 'essay'
}
