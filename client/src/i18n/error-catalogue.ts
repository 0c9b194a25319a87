import { addAppMessages } from './index'
import { nestByDots } from './error-text'
import { errorTextsEn } from './error-texts.en'
import { errorTextsZhCN } from './error-texts.zh-CN'

// The server's error codes in both languages, fetched just after the first page is shown (main.ts):
// until then an error shows the server's own message, which is the Chinese text already.
addAppMessages({
  'zh-CN': { apiErrors: nestByDots(errorTextsZhCN) },
  en: { apiErrors: nestByDots(errorTextsEn) },
})
