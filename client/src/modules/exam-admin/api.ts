import { call, download, type RequestBody } from '@/api/operations'
import type { CreateMakeupDto, CreatePaperDto, CreateSittingDto, EssayMarkDto, OverrideDto } from '@/api/schema'

export const listPapers = () => call('GET /api/papers')
export const getPaper = (id: string) => call('GET /api/papers/{id}', { path: { id } })
export const createPaper = (body: CreatePaperDto) => call('POST /api/papers', { body })
/** A blueprint paper answers with a fresh random draw each time. */
export const previewPaper = (id: string) => call('GET /api/papers/{id}/preview', { path: { id } })

export const listSittings = () => call('GET /api/sittings')
export const getSitting = (id: string) => call('GET /api/sittings/{id}', { path: { id } })
export const createSitting = (body: CreateSittingDto) => call('POST /api/sittings', { body })
export const setOverrides = (id: string, overrides: OverrideDto[]) =>
  call('PUT /api/sittings/{id}/overrides', { path: { id }, body: { overrides } })
export const createMakeup = (id: string, body: CreateMakeupDto) => call('POST /api/sittings/{id}/makeup', { path: { id }, body })
/** 结束考试: closes the sitting, its adjustments and make-ups now; open attempts are submitted and scored. */
export const endSitting = (id: string) => call('POST /api/sittings/{id}/end', { path: { id } })

export const listResults = (sittingId: string) => call('GET /api/sittings/{id}/results', { path: { id: sittingId } })
export const exportResults = (sittingId: string) => download('GET /api/sittings/{id}/results/export', { path: { id: sittingId } })
export const getItemAnalysis = (sittingId: string) => call('GET /api/sittings/{id}/item-analysis', { path: { id: sittingId } })
/** Marks the questions the analysis finds weak for review in their banks (reading the analysis changes nothing). */
export const flagWeakItems = (sittingId: string) => call('POST /api/sittings/{id}/item-analysis/flags', { path: { id: sittingId } })
export const getAttemptReview = (attemptId: string) => call('GET /api/attempts/{attemptId}/review', { path: { attemptId } })

export const getGradingQueue = (includeMarked: boolean) =>
  call('GET /api/grading/queue', { query: { includeMarked: includeMarked ? 'true' : 'false' } })
export const markEssay = (attemptId: string, slot: number, body: EssayMarkDto) =>
  call('POST /api/grading/attempts/{attemptId}/slots/{slot}', { path: { attemptId, slot }, body })

/** The answer in the question type's own shape (a string for single choice, a list for multiple, …). */
export type KeyCorrectionBody = RequestBody<'POST /api/questions/{id}/key-correction'>
export const correctKey = (questionId: string, body: KeyCorrectionBody) =>
  call('POST /api/questions/{id}/key-correction', { path: { id: questionId }, body })
