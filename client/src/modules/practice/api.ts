import { call, type QueryParams } from '@/api/operations'
import type { AnswerValue } from '@/api/schema'
import type { Dimension } from '@/modules/question-bank/question-content'

export type PracticeSource = QueryParams<'GET /api/me/practice'>['source']

/** How many questions one round draws (the server's default, said out loud). */
export const ROUND_SIZE = 10

export const listWrongAnswers = () => call('GET /api/me/wrong-answers')
/** One 错题本 card opened: the question as stored, my wrong answers, the key and the explanation. */
export const getWrongAnswer = (questionId: string) => call('GET /api/me/wrong-answers/{questionId}', { path: { questionId } })
export const listDimensionStandings = () => call('GET /api/me/dimensions')

/** Without a dimension, source 'dimension' draws from the weakest one. */
export const drawPractice = (source: PracticeSource, dimension?: Dimension) =>
  call('GET /api/me/practice', { query: { source, dimension, count: ROUND_SIZE } })

export const answerPractice = (questionId: string, answer: AnswerValue) =>
  call('POST /api/me/practice/answers', { body: { questionId, answer } })
