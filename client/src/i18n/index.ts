import { createI18n } from 'vue-i18n'
import zhCN, { type MessageSchema } from './zh-CN'
import examsZhCN from '@/modules/exams/i18n/zh-CN'
import { setAppTranslator } from './error-text'
import { loadedMessages, loadLocaleMessages } from './locale-loader'

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

type LocaleCatalogues = Record<AppLocale, Record<string, unknown>>
const addedCatalogues: LocaleCatalogues[] = []

/** Texts a lazily loaded part of the app brings along: merged into the app's catalogue now and into any created later. */
export function addAppMessages(catalogues: LocaleCatalogues): void {
  if (addedCatalogues.includes(catalogues)) return
  addedCatalogues.push(catalogues)
  if (appComposer) mergeAll(appComposer, [catalogues])
}

function mergeAll(composer: NonNullable<typeof appComposer>, catalogues: LocaleCatalogues[]): void {
  for (const catalogue of catalogues) for (const locale of LOCALES) composer.mergeLocaleMessage(locale, catalogue[locale] as MessageSchema)
}

export function createAppI18n(locale: AppLocale = readSavedLocale()) {
  document.documentElement.lang = locale
  const i18n = createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: {
      'zh-CN': { ...zhCN, ...examsZhCN },
      // English arrives by switchLocale (or before mounting, main.ts); until then Chinese stands in
      en: (loadedMessages('en') ?? {}) as MessageSchema,
    },
  })
  const composer = i18n.global
  appComposer = composer
  mergeAll(composer, addedCatalogues)
  setAppTranslator({
    t: (key, named = {}, plural) => (plural === undefined ? composer.t(key, named) : composer.t(key, named, plural)),
    te: (key) => composer.te(key),
  })
  return i18n
}

let appComposer: ReturnType<typeof createAppI18n>['global'] | null = null

/** Loads a locale's catalogue when it is not in the entry, then makes it the interface's language. */
export async function switchLocale(locale: AppLocale): Promise<void> {
  await loadLocaleMessages(locale)
  const loaded = loadedMessages(locale)
  // merged, not set: module catalogues merged in by lazy pages are already there
  if (appComposer && loaded && !appComposer.te('app.name', locale)) appComposer.mergeLocaleMessage(locale, loaded)
  if (appComposer) appComposer.locale.value = locale
}

declare module 'vue-i18n' {
  // Types the keys of t() everywhere against the Chinese catalogue (the English one must match it).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}
