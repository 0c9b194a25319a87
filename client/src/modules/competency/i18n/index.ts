import { useI18n } from 'vue-i18n'
import { LOCALES } from '@/i18n'
import { useKpiI18n } from '@/modules/kpi/i18n'
import competencyZhCN, { type CompetencyMessageSchema } from './zh-CN'
import competencyEn from './en'

export const competencyMessages = { 'zh-CN': competencyZhCN, en: competencyEn } as const

/**
 * Merges the competency texts (and the KPI texts these pages show beside them) into the app's
 * catalogue the first time a page needs them: they travel in the lazy chunks, not in the entry the
 * exam page downloads. Call first in setup.
 */
export function useCompetencyI18n() {
  useKpiI18n()
  const composer = useI18n({ useScope: 'global' })
  for (const locale of LOCALES) {
    if (!composer.te('competency.status.met', locale)) composer.mergeLocaleMessage(locale, competencyMessages[locale])
  }
  return composer
}

declare module 'vue-i18n' {
  // Types t('competency.…') keys, as the app's catalogue does for its own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends CompetencyMessageSchema {}
}
