import { addAppMessages } from './index'
import { nestByDots } from './error-text'
import { importFieldsEn, importFieldsZhCN } from './import-fields'
import { issueTextsEn } from './issue-texts.en'
import { issueTextsZhCN } from './issue-texts.zh-CN'

// Only import reports and the question editor say these: they travel with those pages, not in the entry.
addAppMessages({
  'zh-CN': { apiIssues: nestByDots(issueTextsZhCN), importFields: importFieldsZhCN },
  en: { apiIssues: nestByDots(issueTextsEn), importFields: importFieldsEn },
})

export { importFieldLabel, issueText } from './error-text'
