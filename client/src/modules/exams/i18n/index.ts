import examsZhCN, { type ExamsMessageSchema } from './zh-CN'
import examsEn from './en'

/** Spread into the app's catalogues by src/i18n/index.ts. */
export const examsMessages = { 'zh-CN': examsZhCN, en: examsEn } as const

declare module 'vue-i18n' {
  // Types t('exams.…') keys, as the app's catalogue does for its own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends ExamsMessageSchema {}
}
