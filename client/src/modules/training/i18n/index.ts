import { useI18n } from 'vue-i18n'
import { LOCALES } from '@/i18n'
import trainingZhCN, { type TrainingMessageSchema } from './zh-CN'
import trainingEn from './en'

export const trainingMessages = { 'zh-CN': trainingZhCN, en: trainingEn } as const

/** Merges the training texts into the app's catalogue the first time a training page is used (they travel in its lazy chunk). */
export function useTrainingI18n() {
  const composer = useI18n({ useScope: 'global' })
  for (const locale of LOCALES) {
    if (!composer.te('training.plan.title', locale)) composer.mergeLocaleMessage(locale, trainingMessages[locale])
  }
  return composer
}

declare module 'vue-i18n' {
  // Types t('training.…') keys, as the app's catalogue does for its own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends TrainingMessageSchema {}
}
