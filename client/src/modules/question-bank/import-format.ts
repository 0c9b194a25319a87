import type { QuestionExportFormat, QuestionImportFormat } from '@/api/schema'
import { schemaValues } from '@/composables/schema-values'

/** The import formats the server reads (the contract's QuestionImportFormat), and the one a file name implies. */
export type ImportFormat = QuestionImportFormat
export const IMPORT_FORMATS = schemaValues<ImportFormat>({ xlsx: true, csv: true, gift: true, aiken: true, 'moodle-xml': true, yaml: true })

export type ExportFormat = QuestionExportFormat
export const EXPORT_FORMATS = schemaValues<ExportFormat>({ xlsx: true, csv: true, gift: true, 'moodle-xml': true, yaml: true })

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  xlsx: 'xlsx',
  csv: 'csv',
  gift: 'gift.txt',
  'moodle-xml': 'xml',
  yaml: 'yaml',
}

/** The server refuses larger uploads (413). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

export const IMPORT_ACCEPT = '.xlsx,.csv,.txt,.gift,.aiken,.xml,.yaml,.yml'

export function formatFromFileName(name: string): ImportFormat | null {
  const lower = name.toLowerCase()
  if (lower.endsWith('.xlsx')) return 'xlsx'
  if (lower.endsWith('.csv')) return 'csv'
  if (lower.endsWith('.gift') || lower.endsWith('.gift.txt')) return 'gift'
  if (lower.endsWith('.aiken') || lower.endsWith('.aiken.txt')) return 'aiken'
  if (lower.endsWith('.xml')) return 'moodle-xml'
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml'
  return null
}
