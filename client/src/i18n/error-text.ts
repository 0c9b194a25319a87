import { ApiError } from '@/api/http'
import { importFieldOf } from './import-fields'

/** The little of vue-i18n's composer the translator needs (the app's global one, or a component's). */
export interface Translator {
  t(key: string, named?: Record<string, unknown>, plural?: number): string
  te(key: string): boolean
}

let appTranslator: Translator | null = null

/** createAppI18n hands its composer over, so errorText() works outside components (stores, composables). */
export function setAppTranslator(translator: Translator | null): void {
  appTranslator = translator
}

/**
 * What to tell the user about anything an API call threw, in the interface's language: the
 * server's code translated (apiErrors.<code>, with its params and a count's plural), else the
 * server's own (zh-CN) message, else a general sentence.
 */
export function errorText(error: unknown, translator: Translator | null = appTranslator): string {
  if (!translator) return error instanceof Error ? error.message : String(error)
  if (!(error instanceof ApiError)) return translator.t('errors.unknown')
  if (error.status === 0) return translator.t('errors.network')
  const key = error.code ? `apiErrors.${error.code}` : null
  if (key && translator.te(key)) {
    // Request validation sends its list as the message, a domain check its coded problems in details;
    // the translation shows either as {problems}, a coded problem in the interface's language.
    const coded = codedProblems(error.details)
    const problems = coded ? coded.map((p) => `${importFieldLabel(p.field, translator)}: ${issueText(p, translator)}`) : error.messages
    const params: Record<string, unknown> = { ...error.params, problems: problems.join('；') }
    return typeof params.count === 'number' ? translator.t(key, params, params.count) : translator.t(key, params)
  }
  return error.message || translator.t('errors.unknown')
}

function codedProblems(details: unknown): Array<CodedIssue & { field: string }> | null {
  const list = typeof details === 'object' && details !== null && 'problems' in details ? details.problems : null
  if (!Array.isArray(list) || list.length === 0) return null
  const coded = list.every(
    (p) =>
      typeof p === 'object' && p !== null && typeof p.field === 'string' && typeof p.code === 'string' && typeof p.message === 'string',
  )
  return coded ? (list as Array<CodedIssue & { field: string }>) : null
}

/** One problem of an import report or a question draft's check, as the server sends it. */
export interface CodedIssue {
  code?: string
  params?: Record<string, string | number>
  message: string
}

/**
 * What an import row's or a draft field's problem says in the interface's language: apiIssues.<code>
 * with its params, else the server's (zh-CN) message. Where it is (row/line, field) is shown apart.
 */
export function issueText(issue: CodedIssue, translator: Translator | null = appTranslator): string {
  const key = issue.code ? `apiIssues.${issue.code}` : null
  if (!translator || !key || !translator.te(key)) return issue.message
  return translator.t(key, issue.params ?? {})
}

/** The label of a field an import report names (题干 / Stem), or the name as sent when unknown. */
export function importFieldLabel(reported: string, translator: Translator | null = appTranslator): string {
  const known = importFieldOf(reported)
  if (!translator || !known) return reported
  if ('option' in known) return translator.t('importFields.option', { letter: known.option })
  return `${translator.t(`importFields.${known.field}`)}${known.rest}`
}

/** 'a.b.c' keys into { a: { b: { c } } }, as vue-i18n resolves them. */
export function nestByDots(flat: Record<string, string>): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const [path, text] of Object.entries(flat)) {
    const parts = path.split('.')
    let node = root
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>
    node[parts[parts.length - 1]] = text
  }
  return root
}
