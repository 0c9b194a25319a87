import type { CandidateQuestionDto, ReviewedQuestionDto } from '@/api/schema'

export type QuestionType = CandidateQuestionDto['type']

/**
 * A question as it is shown: its lists in the order and under the ids the server sent (for an exam,
 * opaque ids per attempt). Every page that shows a question hands QuestionView this shape.
 */
export type ShownQuestion = Pick<CandidateQuestionDto, 'type' | 'stem'> &
  Partial<Pick<CandidateQuestionDto, 'points' | 'options' | 'left' | 'right' | 'items' | 'blanks' | 'unit'>>

/**
 * A candidate's answer as the server stores it (server/src/modules/exams/domain/grading/answer-shape.ts):
 * single → option id; multiple → ids; true_false → boolean; fill_blank → one string per blank;
 * numeric → number; matching → { leftId: rightId }; ordering → every item id; essay → text; null → no answer.
 */
export type AnswerValue = string | string[] | boolean | number | Record<string, string> | null

/** answer: the candidate types or picks; readonly: shown, nothing can be changed; review: an answer with what the server lets be seen of its marking. */
export type QuestionMode = 'answer' | 'readonly' | 'review'

export type ReviewState = NonNullable<ReviewedQuestionDto['state']>

/**
 * What a review shows beside the question. Each part is shown only when present: the server
 * decides what may be seen (a key is never worked out here).
 */
export interface QuestionReview {
  answer: unknown
  state?: ReviewState | null
  score?: number | null
  rightAnswer?: unknown
  explanation?: string | null
  feedback?: string | null
}

/** Characters as a candidate counts them (and as the server limits them): an emoji is one. */
export const characterCount = (text: string) => [...text].length

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string')

export function isPairs(value: unknown): value is Record<string, string> {
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

/** A question of the candidate's own review (the result page): only the parts the server included. */
export function reviewOf(question: ReviewedQuestionDto): QuestionReview {
  return {
    answer: question.yourAnswer,
    state: question.state,
    score: question.score,
    ...('rightAnswer' in question && { rightAnswer: question.rightAnswer }),
    explanation: question.explanation,
    feedback: question.feedback,
  }
}
