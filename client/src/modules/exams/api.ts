import { http } from '@/api/http'
import type {
  AttemptDto,
  AttemptEventDto,
  AttemptEventResultDto,
  MyExamDto,
  ResultDto,
  SavedDto,
} from '@/api/schema'
import type { AnswerValue } from './answer-value'

export const listMyExams = () => http.get<MyExamDto[]>('/me/exams')

/** 201 with a new attempt, or 200 with the one already in progress: both resume the same way. */
export const startAttempt = (sittingId: string) => http.post<AttemptDto>(`/exams/${sittingId}/attempts`)
export const getAttempt = (attemptId: string) => http.get<AttemptDto>(`/attempts/${attemptId}`)

/**
 * The generated schema types every answer as an object; the server takes any JSON value (see
 * answer-value.ts), so the body is typed here instead of with SaveAnswerDto.
 */
export const saveAnswer = (attemptId: string, slot: number, body: { answer: AnswerValue; seq: number }, signal?: AbortSignal) =>
  http.put<SavedDto>(`/attempts/${attemptId}/answers/${slot}`, body, { signal })

export const submitAttempt = (attemptId: string) => http.post<ResultDto>(`/attempts/${attemptId}/submit`)
export const getResult = (attemptId: string) => http.get<ResultDto>(`/attempts/${attemptId}/result`)
export const postAttemptEvent = (attemptId: string, body: AttemptEventDto) =>
  http.post<AttemptEventResultDto>(`/attempts/${attemptId}/events`, body)
