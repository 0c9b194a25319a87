import { call, download, upload, type QueryParams } from '@/api/operations'
import type {
  BulkQuestionActionDto,
  CreateQuestionBankDto,
  CreateQuestionCategoryDto,
  DraftCheckDto,
  QuestionInputDto,
  SupersedeSourceDto,
  UpdateQuestionBankDto,
  UpdateQuestionCategoryDto,
  UpdateQuestionDto,
} from '@/api/schema'
import type { ExportFormat, ImportFormat } from './import-format'

export type QuestionQuery = QueryParams<'GET /api/question-banks/{bankId}/questions'> & { page: number; pageSize: number }

/** The server lists at most this many ids in one filter (they travel in the URL). */
export const MAX_ID_FILTER = 200

export type DuplicatePolicy = NonNullable<QueryParams<'POST /api/question-banks/{bankId}/imports'>['duplicates']>

export const listBanks = () => call('GET /api/question-banks')
export const getBank = (bankId: string) => call('GET /api/question-banks/{bankId}', { path: { bankId } })
export const createBank = (body: CreateQuestionBankDto) => call('POST /api/question-banks', { body })
export const updateBank = (bankId: string, body: UpdateQuestionBankDto) =>
  call('PATCH /api/question-banks/{bankId}', { path: { bankId }, body })

export const getBankQuality = (bankId: string) => call('GET /api/question-banks/{bankId}/quality', { path: { bankId } })

export const listCategories = (bankId: string) => call('GET /api/question-banks/{bankId}/categories', { path: { bankId } })
export const createCategory = (bankId: string, body: CreateQuestionCategoryDto) =>
  call('POST /api/question-banks/{bankId}/categories', { path: { bankId }, body })
export const updateCategory = (bankId: string, categoryId: string, body: UpdateQuestionCategoryDto) =>
  call('PATCH /api/question-banks/{bankId}/categories/{categoryId}', { path: { bankId, categoryId }, body })

export const listQuestions = (bankId: string, query: QuestionQuery) =>
  call('GET /api/question-banks/{bankId}/questions', { path: { bankId }, query })
export const createQuestion = (bankId: string, body: QuestionInputDto) =>
  call('POST /api/question-banks/{bankId}/questions', { path: { bankId }, body })
export const checkDraft = (bankId: string, body: DraftCheckDto) =>
  call('POST /api/question-banks/{bankId}/questions/check', { path: { bankId }, body })
export const bulkQuestions = (bankId: string, body: BulkQuestionActionDto) =>
  call('POST /api/question-banks/{bankId}/questions/bulk', { path: { bankId }, body })

export const getQuestion = (id: string) => call('GET /api/questions/{id}', { path: { id } })
export const updateQuestion = (id: string, body: UpdateQuestionDto) => call('PUT /api/questions/{id}', { path: { id }, body })
export const listVersions = (id: string) => call('GET /api/questions/{id}/versions', { path: { id } })
export const revertQuestion = (id: string, version: number) => call('POST /api/questions/{id}/revert', { path: { id }, body: { version } })
export const searchQuestions = (q: string, page: number, pageSize: number) =>
  call('GET /api/question-banks/search', { query: { q, page, pageSize } })
export const retireQuestion = (id: string) => call('POST /api/questions/{id}/retire', { path: { id } })
export const restoreQuestion = (id: string) => call('POST /api/questions/{id}/restore', { path: { id } })
export const markQuestionReviewed = (id: string) => call('POST /api/questions/{id}/review', { path: { id } })

export function importQuestions(
  bankId: string,
  file: File,
  options: { dryRun: boolean; duplicates: DuplicatePolicy; format: ImportFormat | null },
  onProgress?: (percent: number) => void,
) {
  const form = new FormData()
  form.append('file', file)
  if (options.format) form.append('format', options.format)
  return upload('POST /api/question-banks/{bankId}/imports', {
    path: { bankId },
    query: { dryRun: options.dryRun ? 'true' : 'false', duplicates: options.duplicates },
    form,
    onProgress,
  })
}

export const exportBank = (bankId: string, format: ExportFormat) =>
  download('GET /api/question-banks/{bankId}/export', { path: { bankId }, query: { format } })
export const downloadImportTemplate = () => download('GET /api/question-banks/import-template')

export const listSourceDocuments = () => call('GET /api/source-documents')
export const supersedeSource = (body: SupersedeSourceDto) => call('POST /api/source-documents/supersede', { body })
