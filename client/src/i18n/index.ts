import { createI18n } from 'vue-i18n'
import zhCN, { type MessageSchema } from './zh-CN'
import en from './en'
import { examsMessages } from '@/modules/exams/i18n'
import { errorTextsEn } from './error-texts.en'
import { errorTextsZhCN } from './error-texts.zh-CN'
import { nestByDots, setAppTranslator } from './error-text'
import { importFieldsEn, importFieldsZhCN } from './import-fields'
import { issueTextsEn } from './issue-texts.en'
import { issueTextsZhCN } from './issue-texts.zh-CN'

export const LOCALES = ['zh-CN', 'en'] as const
export type AppLocale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'zh-CN'
export const LOCALE_STORAGE_KEY = 'kaoping.locale'

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

export function readSavedLocale(): AppLocale {
  try {
    const saved = localStorage.getItem(LOCALE_STORAGE_KEY)
    return isAppLocale(saved) ? saved : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

/** Server error codes (apiErrors.<code>), issue codes (apiIssues.<code>) and import field labels, kept apart from the page catalogues. */
const errorMessages = {
  'zh-CN': { apiErrors: nestByDots(errorTextsZhCN), apiIssues: nestByDots(issueTextsZhCN), importFields: importFieldsZhCN },
  en: { apiErrors: nestByDots(errorTextsEn), apiIssues: nestByDots(issueTextsEn), importFields: importFieldsEn },
}

export function createAppI18n(locale: AppLocale = readSavedLocale()) {
  document.documentElement.lang = locale
  const i18n = createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: {
      'zh-CN': { ...zhCN, ...examsMessages['zh-CN'], ...errorMessages['zh-CN'] },
      en: { ...en, ...examsMessages.en, ...errorMessages.en },
    },
  })
  const composer = i18n.global
  setAppTranslator({
    t: (key, named = {}, plural) => (plural === undefined ? composer.t(key, named) : composer.t(key, named, plural)),
    te: (key) => composer.te(key),
  })
  return i18n
}

declare module 'vue-i18n' {
  // Types the keys of t() everywhere against the Chinese catalogue (the English one must match it).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}
