import { watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute } from 'vue-router'

/** Keeps the browser tab title on the current page, in the current language. */
export function useDocumentTitle(): void {
  const route = useRoute()
  const { t } = useI18n()
  watchEffect(() => {
    const app = t('app.fullName')
    const key = route.meta.titleKey
    document.title = key ? `${t(key)} · ${app}` : app
  })
}
