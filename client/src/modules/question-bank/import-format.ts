/** The import formats the server reads, and the one a file name implies (server: formats/question-formats.ts). */
export const IMPORT_FORMATS = ['xlsx', 'csv', 'gift', 'aiken', 'moodle-xml', 'yaml'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

export const EXPORT_FORMATS = ['xlsx', 'csv', 'gift', 'moodle-xml', 'yaml'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

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
