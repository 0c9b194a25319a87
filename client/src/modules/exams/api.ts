import { call } from '@/api/operations'
import type { AnswerValue, AttemptEventDto } from '@/api/schema'

export const listMyExams = () => call('GET /api/me/exams')

/** 201 with a new attempt, or 200 with the one already in progress: both resume the same way. */
export const startAttempt = (sittingId: string) => call('POST /api/exams/{sittingId}/attempts', { path: { sittingId } })
export const getAttempt = (attemptId: string) => call('GET /api/attempts/{attemptId}', { path: { attemptId } })

export const saveAnswer = (attemptId: string, slot: number, body: { answer: AnswerValue; seq: number }, signal?: AbortSignal) =>
  call('PUT /api/attempts/{attemptId}/answers/{slot}', { path: { attemptId, slot }, body }, { signal })

export const submitAttempt = (attemptId: string) => call('POST /api/attempts/{attemptId}/submit', { path: { attemptId } })
export const getResult = (attemptId: string) => call('GET /api/attempts/{attemptId}/result', { path: { attemptId } })
export const postAttemptEvent = (attemptId: string, body: AttemptEventDto) =>
  call('POST /api/attempts/{attemptId}/events', { path: { attemptId }, body })
