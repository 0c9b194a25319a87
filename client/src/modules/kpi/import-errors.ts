import type { ImportErrorDto } from '@/api/schema'

function isRowError(value: unknown): value is ImportErrorDto {
  if (typeof value !== 'object' || value === null) return false
  const row = value as Record<string, unknown>
  return typeof row.row === 'number' && typeof row.field === 'string' && typeof row.message === 'string'
}

/**
 * The wrong rows of a refused import, from the details of the server's 422: a list of
 * {row, field, message}, on its own or under `errors` beside a report (as the user import sends it).
 * Null when the details are not such a list, so the caller shows the plain message instead.
 */
export function importRowErrors(details: unknown): ImportErrorDto[] | null {
  const list: unknown =
    typeof details === 'object' && details !== null && !Array.isArray(details) && 'errors' in details ? details.errors : details
  if (!Array.isArray(list) || list.length === 0 || !list.every(isRowError)) return null
  return [...list].sort((a, b) => a.row - b.row)
}
