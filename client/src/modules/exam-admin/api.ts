import { http } from '@/api/http'
import type {
  CandidateQuestionDto,
  CandidateResultDto,
  CreateMakeupDto,
  CreatePaperDto,
  CreateSittingDto,
  EssayMarkDto,
  EssayMarkResultDto,
  GradingQueueItemDto,
  KeyCorrectionResultDto,
  OverrideDto,
  PaperDetailDto,
  PaperDto,
  SittingDto,
  SittingEndedDto,
} from '@/api/schema'
import type { ItemAnalysis } from './item-analysis'
import type { AttemptReview } from './attempt-review'

export const listPapers = () => http.get<PaperDto[]>('/papers')
export const getPaper = (id: string) => http.get<PaperDetailDto>(`/papers/${id}`)
export const createPaper = (body: CreatePaperDto) => http.post<PaperDetailDto>('/papers', body)
/** A blueprint paper answers with a fresh random draw each time. */
export const previewPaper = (id: string) => http.get<CandidateQuestionDto[]>(`/papers/${id}/preview`)

export const listSittings = () => http.get<SittingDto[]>('/sittings')
export const getSitting = (id: string) => http.get<SittingDto>(`/sittings/${id}`)
export const createSitting = (body: CreateSittingDto) => http.post<SittingDto>('/sittings', body)
export const setOverrides = (id: string, overrides: OverrideDto[]) => http.put<SittingDto>(`/sittings/${id}/overrides`, { overrides })
export const createMakeup = (id: string, body: CreateMakeupDto) => http.post<SittingDto>(`/sittings/${id}/makeup`, body)
/** 结束考试: closes the sitting, its adjustments and make-ups now; open attempts are submitted and scored. */
export const endSitting = (id: string) => http.post<SittingEndedDto>(`/sittings/${id}/end`)

export const listResults = (sittingId: string) => http.get<CandidateResultDto[]>(`/sittings/${sittingId}/results`)
export const exportResults = (sittingId: string) =>
  http.get<Blob>(`/sittings/${sittingId}/results/export`, { responseType: 'blob' })
/** The generated schema types the analysis as open records; item-analysis.ts narrows it. */
export const getItemAnalysis = (sittingId: string) => http.get<ItemAnalysis>(`/sittings/${sittingId}/item-analysis`)
export const getAttemptReview = (attemptId: string) => http.get<AttemptReview>(`/attempts/${attemptId}/review`)

export const getGradingQueue = (includeMarked: boolean) =>
  http.get<GradingQueueItemDto[]>('/grading/queue', { query: { includeMarked: includeMarked ? 'true' : 'false' } })
export const markEssay = (attemptId: string, slot: number, body: EssayMarkDto) =>
  http.post<EssayMarkResultDto>(`/grading/attempts/${attemptId}/slots/${slot}`, body)

/**
 * KeyCorrectionDto types the answer as an object; the server takes the question type's own shape
 * (a string for single choice, a list for multiple, a boolean for true/false), so it is typed here.
 */
export interface KeyCorrectionBody {
  answer: unknown
  explanation?: string
  note: string
}
export const correctKey = (questionId: string, body: KeyCorrectionBody) =>
  http.post<KeyCorrectionResultDto>(`/questions/${questionId}/key-correction`, body)
