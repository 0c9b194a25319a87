import { useI18n } from 'vue-i18n'
import { LOCALES } from '@/i18n'
import reportsZhCN, { type ReportsMessageSchema } from './zh-CN'
import reportsEn from './en'

export const reportsMessages = { 'zh-CN': reportsZhCN, en: reportsEn } as const

/**
 * Merges the 考核 texts into the app's catalogue the first time the 考核 page is used, so they
 * travel in these lazy chunks and not in the entry the exam page downloads. Call first in setup.
 */
export function useReportsI18n() {
  const composer = useI18n({ useScope: 'global' })
  for (const locale of LOCALES) {
    if (!composer.te('reports.title', locale)) composer.mergeLocaleMessage(locale, reportsMessages[locale])
  }
  return composer
}

declare module 'vue-i18n' {
  // Types t('reports.…') keys, as the app's catalogue does for its own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends ReportsMessageSchema {}
}
