import { useI18n } from 'vue-i18n'
import { LOCALES } from '@/i18n'
import contestsZhCN, { type ContestsMessageSchema } from './zh-CN'
import contestsEn from './en'

export const contestsMessages = { 'zh-CN': contestsZhCN, en: contestsEn } as const

/** Merges the contest texts into the app's catalogue the first time a page needs them (they travel in the lazy chunks). */
export function useContestsI18n() {
  const composer = useI18n({ useScope: 'global' })
  for (const locale of LOCALES) {
    if (!composer.te('contests.list.title', locale)) composer.mergeLocaleMessage(locale, contestsMessages[locale])
  }
  return composer
}

declare module 'vue-i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends ContestsMessageSchema {}
}
