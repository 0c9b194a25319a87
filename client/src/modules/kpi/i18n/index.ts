import { useI18n } from 'vue-i18n'
import { LOCALES } from '@/i18n'
import kpiZhCN, { type KpiMessageSchema } from './zh-CN'
import kpiEn from './en'

export const kpiMessages = { 'zh-CN': kpiZhCN, en: kpiEn } as const

/**
 * Merges the KPI texts into the app's catalogue the first time a KPI page or panel is used, so they
 * travel in these lazy chunks and not in the entry the exam page downloads. Call first in setup.
 */
export function useKpiI18n() {
  const composer = useI18n({ useScope: 'global' })
  for (const locale of LOCALES) {
    if (!composer.te('kpi.status.met', locale)) composer.mergeLocaleMessage(locale, kpiMessages[locale])
  }
  return composer
}

declare module 'vue-i18n' {
  // Types t('kpi.…') keys, as the app's catalogue does for its own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends KpiMessageSchema {}
}
