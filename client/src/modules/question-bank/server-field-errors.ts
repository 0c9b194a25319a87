import { ApiError } from '@/api/http'
import { type CodedIssue } from '@/i18n/error-text'
import { issueText } from '@/i18n/issue-text'

/**
 * Where a refused save should be shown. The server says which field is wrong in two ways: its
 * domain checks send `details.problems[{field, code, params, message}]` (said in the interface's
 * language by code), and request validation sends messages
 * that start with the field's path ("options.0.text must be …", "source.effectiveDate: …").
 */
export interface FieldErrors {
  byField: Record<string, string[]>
  /** Messages that name no field the form shows. */
  general: string[]
}

function isProblemList(value: unknown): value is Array<CodedIssue & { field: string }> {
  return Array.isArray(value) && value.every((p) => typeof p === 'object' && p !== null && 'field' in p && 'message' in p)
}

function fieldOfMessage(message: string): { field: string; text: string } | null {
  const colon = /^([A-Za-z]+)(?:\.[\w.]+)?:\s*(.+)$/s.exec(message)
  if (colon?.[1] && colon[2]) return { field: colon[1], text: colon[2] }
  const path = /^([A-Za-z]+)(?:\.[\w.]+)?\s+\S/.exec(message)
  if (path?.[1]) return { field: path[1], text: message }
  return null
}

export function fieldErrorsOf(error: unknown, knownFields: readonly string[]): FieldErrors | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null
  const result: FieldErrors = { byField: {}, general: [] }
  const add = (field: string, text: string) => {
    if (knownFields.includes(field)) (result.byField[field] ??= []).push(text)
    else result.general.push(text)
  }
  const details = error.details as { problems?: unknown } | undefined
  if (details && isProblemList(details.problems)) {
    for (const problem of details.problems) add(problem.field, issueText(problem))
    return result
  }
  for (const message of error.messages) {
    const located = fieldOfMessage(message)
    if (located) add(located.field, located.text)
    else result.general.push(message)
  }
  return result
}
