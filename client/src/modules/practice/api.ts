import { http } from '@/api/http'
import type { DimensionStandingDto, PracticeFeedbackDto, PracticeQuestionDto, WrongAnswerDetailDto, WrongBookEntryDto } from '@/api/schema'
import type { AnswerValue } from '@/modules/exams/answer-value'
import type { Dimension } from '@/modules/question-bank/question-content'

export type PracticeSource = 'wrong_book' | 'dimension'

/** How many questions one round draws (the server's default, said out loud). */
export const ROUND_SIZE = 10

export const listWrongAnswers = () => http.get<WrongBookEntryDto[]>('/me/wrong-answers')
/** One 错题本 card opened: the question as stored, my wrong answers, the key and the explanation. */
export const getWrongAnswer = (questionId: string) => http.get<WrongAnswerDetailDto>(`/me/wrong-answers/${questionId}`)
export const listDimensionStandings = () => http.get<DimensionStandingDto[]>('/me/dimensions')

/** Without a dimension, source 'dimension' draws from the weakest one. */
export const drawPractice = (source: PracticeSource, dimension?: Dimension) =>
  http.get<PracticeQuestionDto[]>('/me/practice', { query: { source, dimension, count: ROUND_SIZE } })

/** Typed here rather than with PracticeAnswerDto, whose generated type makes every answer an object (see exams/api.ts). */
export const answerPractice = (questionId: string, answer: AnswerValue) =>
  http.post<PracticeFeedbackDto>('/me/practice/answers', { questionId, answer })
