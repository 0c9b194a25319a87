import { useI18n } from 'vue-i18n'
import examAdminZhCN, { type ExamAdminMessageSchema } from './zh-CN'
import examAdminEn from './en'

export const examAdminMessages = { 'zh-CN': examAdminZhCN, en: examAdminEn } as const

/**
 * useI18n() for the trainer's exam pages. Unlike the candidate's texts, these are not spread into
 * the catalogue in src/i18n/index.ts: that catalogue sits in the entry chunk every exam page
 * downloads on a phone, and these pages are lazy. They are merged the first time one is used.
 */
export function useExamAdminI18n() {
  const composer = useI18n()
  if (!composer.te('examAdmin.common.any', 'zh-CN')) {
    composer.mergeLocaleMessage('zh-CN', examAdminMessages['zh-CN'])
    composer.mergeLocaleMessage('en', examAdminMessages.en)
  }
  return composer
}

declare module 'vue-i18n' {
  // Types t('examAdmin.…') keys, as the app's catalogue does for its own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends ExamAdminMessageSchema {}
}
