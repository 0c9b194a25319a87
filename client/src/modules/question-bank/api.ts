import { http } from '@/api/http'
import type {
  BankQualityDto,
  BulkQuestionActionDto,
  BulkResultDto,
  CreateQuestionBankDto,
  CreateQuestionCategoryDto,
  QuestionBankDto,
  QuestionCategoryDto,
  QuestionDto,
  QuestionImportReportDto,
  QuestionInputDto,
  QuestionPageDto,
  QuestionVersionDto,
  SourceDocumentDto,
  SupersedeResultDto,
  SupersedeSourceDto,
  UpdateQuestionBankDto,
  UpdateQuestionCategoryDto,
  UpdateQuestionDto,
} from '@/api/schema'
import type { ExportFormat, ImportFormat } from './import-format'
import type { QuestionType } from './question-content'

export interface QuestionQuery {
  page: number
  pageSize: number
  type?: QuestionType
  categoryId?: string
  dimension?: string
  difficulty?: number
  tag?: string
  status?: 'active' | 'retired'
  needsReview?: 'true' | 'false'
  q?: string
  /** Comma-separated question ids (at most MAX_ID_FILTER) */
  ids?: string
}

/** The server lists at most this many ids in one filter (they travel in the URL). */
export const MAX_ID_FILTER = 200

export type DuplicatePolicy = 'skip' | 'new_version'

export const listBanks = () => http.get<QuestionBankDto[]>('/question-banks')
export const getBank = (bankId: string) => http.get<QuestionBankDto>(`/question-banks/${bankId}`)
export const createBank = (body: CreateQuestionBankDto) => http.post<QuestionBankDto>('/question-banks', body)
export const updateBank = (bankId: string, body: UpdateQuestionBankDto) => http.patch<QuestionBankDto>(`/question-banks/${bankId}`, body)

export const getBankQuality = (bankId: string) => http.get<BankQualityDto>(`/question-banks/${bankId}/quality`)

export const listCategories = (bankId: string) => http.get<QuestionCategoryDto[]>(`/question-banks/${bankId}/categories`)
export const createCategory = (bankId: string, body: CreateQuestionCategoryDto) =>
  http.post<QuestionCategoryDto>(`/question-banks/${bankId}/categories`, body)
export const updateCategory = (bankId: string, categoryId: string, body: UpdateQuestionCategoryDto) =>
  http.patch<QuestionCategoryDto>(`/question-banks/${bankId}/categories/${categoryId}`, body)

export const listQuestions = (bankId: string, query: QuestionQuery) =>
  http.get<QuestionPageDto>(`/question-banks/${bankId}/questions`, { query: { ...query } })
export const createQuestion = (bankId: string, body: QuestionInputDto) =>
  http.post<QuestionDto>(`/question-banks/${bankId}/questions`, body)
export const bulkQuestions = (bankId: string, body: BulkQuestionActionDto) =>
  http.post<BulkResultDto>(`/question-banks/${bankId}/questions/bulk`, body)

export const getQuestion = (id: string) => http.get<QuestionDto>(`/questions/${id}`)
export const updateQuestion = (id: string, body: UpdateQuestionDto) => http.put<QuestionDto>(`/questions/${id}`, body)
export const listVersions = (id: string) => http.get<QuestionVersionDto[]>(`/questions/${id}/versions`)
export const retireQuestion = (id: string) => http.post<QuestionDto>(`/questions/${id}/retire`)
export const restoreQuestion = (id: string) => http.post<QuestionDto>(`/questions/${id}/restore`)
export const markQuestionReviewed = (id: string) => http.post<QuestionDto>(`/questions/${id}/review`)

export function importQuestions(
  bankId: string,
  file: File,
  options: { dryRun: boolean; duplicates: DuplicatePolicy; format: ImportFormat | null },
  onProgress?: (percent: number) => void,
) {
  const form = new FormData()
  form.append('file', file)
  if (options.format) form.append('format', options.format)
  return http.upload<QuestionImportReportDto>(`/question-banks/${bankId}/imports`, form, {
    query: { dryRun: options.dryRun, duplicates: options.duplicates },
    onProgress,
  })
}

export const exportBank = (bankId: string, format: ExportFormat) =>
  http.get<Blob>(`/question-banks/${bankId}/export`, { query: { format }, responseType: 'blob' })
export const downloadImportTemplate = () => http.get<Blob>('/question-banks/import-template', { responseType: 'blob' })

export const listSourceDocuments = () => http.get<SourceDocumentDto[]>('/source-documents')
export const supersedeSource = (body: SupersedeSourceDto) => http.post<SupersedeResultDto>('/source-documents/supersede', body)
