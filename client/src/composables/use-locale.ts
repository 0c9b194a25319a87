import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import elementEn from 'element-plus/es/locale/lang/en'
import elementZhCn from 'element-plus/es/locale/lang/zh-cn'
import { isAppLocale, LOCALE_STORAGE_KEY, LOCALES, DEFAULT_LOCALE, switchLocale, type AppLocale } from '@/i18n'

/** The current language, the way to change it (remembered for the next visit), and Element Plus's matching texts. */
export function useLocale() {
  const { locale: i18nLocale } = useI18n({ useScope: 'global' })

  const locale = computed<AppLocale>(() => (isAppLocale(i18nLocale.value) ? i18nLocale.value : DEFAULT_LOCALE))
  const elementLocale = computed(() => (locale.value === 'en' ? elementEn : elementZhCn))

  async function setLocale(next: AppLocale): Promise<void> {
    await switchLocale(next)
    i18nLocale.value = next
    document.documentElement.lang = next
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, next)
    } catch {
      // Private mode without storage: the choice lasts until the page is reloaded.
    }
  }

  return { locale, locales: LOCALES, setLocale, elementLocale }
}
