import { addAppMessages } from './index'
import { currentTranslator, nestByDots, type CodedIssue, type Translator } from './error-text'
import { importFieldOf, importFieldsEn, importFieldsZhCN } from './import-fields'
import { issueTextsEn } from './issue-texts.en'
import { issueTextsZhCN } from './issue-texts.zh-CN'

// Only import reports and the question editor say these: they travel with those pages, not in the entry.
addAppMessages({
  'zh-CN': { apiIssues: nestByDots(issueTextsZhCN), importFields: importFieldsZhCN },
  en: { apiIssues: nestByDots(issueTextsEn), importFields: importFieldsEn },
})

/**
 * What an import row's or a draft field's problem says in the interface's language: apiIssues.<code>
 * with its params, else the server's (zh-CN) message. Where it is (row/line, field) is shown apart.
 */
export function issueText(issue: CodedIssue, translator: Translator | null = currentTranslator()): string {
  const key = issue.code ? `apiIssues.${issue.code}` : null
  if (!translator || !key || !translator.te(key)) return issue.message
  return translator.t(key, issue.params ?? {})
}

/** The label of a field an import report names (题干 / Stem), or the name as sent when unknown. */
export function importFieldLabel(reported: string, translator: Translator | null = currentTranslator()): string {
  const known = importFieldOf(reported)
  if (!translator || !known) return reported
  if ('option' in known) return translator.t('importFields.option', { letter: known.option })
  return `${translator.t(`importFields.${known.field}`)}${known.rest}`
}
