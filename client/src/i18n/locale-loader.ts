import type { AppLocale } from './index'
import type englishCatalogue from './english'

type Catalogue = typeof englishCatalogue

let english: Catalogue | null = null

/**
 * Chinese, the default and the fallback, travels in the entry; English is fetched the first time
 * it is needed (before mounting when it was the saved choice), which keeps it off the exam page's
 * first download.
 */
export async function loadLocaleMessages(locale: AppLocale): Promise<void> {
  if (locale === 'en' && !english) english = (await import('./english')).default
}

/** What has been loaded for a locale beyond the entry, if anything. */
export function loadedMessages(locale: AppLocale): Catalogue | null {
  return locale === 'en' ? english : null
}
