import { useI18n } from 'vue-i18n'
import { LOCALES } from '@/i18n'
import { useCompetencyI18n } from '@/modules/competency/i18n'
import coachingZhCN, { type CoachingMessageSchema } from './zh-CN'
import coachingEn from './en'

export const coachingMessages = { 'zh-CN': coachingZhCN, en: coachingEn } as const

/** Merges the coaching texts (with the competency and KPI texts the page shows) the first time the page needs them. */
export function useCoachingI18n() {
  useCompetencyI18n()
  const composer = useI18n({ useScope: 'global' })
  for (const locale of LOCALES) {
    if (!composer.te('coaching.title', locale)) composer.mergeLocaleMessage(locale, coachingMessages[locale])
  }
  return composer
}

declare module 'vue-i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends CoachingMessageSchema {}
}
