import { useI18n } from 'vue-i18n'
import { LOCALES } from '@/i18n'
import practiceZhCN, { type PracticeMessageSchema } from './zh-CN'
import practiceEn from './en'

export const practiceMessages = { 'zh-CN': practiceZhCN, en: practiceEn } as const

/**
 * Adds the practice texts to the app's catalogue when a practice page first opens, instead of
 * with the app's own (src/i18n/index.ts): they then travel in the practice chunks and not in the
 * entry that the exam page also downloads (~3 kB gzip). Call first thing in a page's setup.
 */
export function usePracticeMessages(): void {
  const i18n = useI18n({ useScope: 'global' })
  for (const locale of LOCALES) {
    if (!i18n.te('practice.title', locale)) i18n.mergeLocaleMessage(locale, practiceMessages[locale])
  }
}

declare module 'vue-i18n' {
  // Types t('practice.…') keys, as the app's catalogue does for its own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends PracticeMessageSchema {}
}
