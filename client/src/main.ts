import { createApp } from 'vue'
import { createPinia } from 'pinia'
// Called as functions (not components), so the on-demand resolver cannot add their styles.
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import './styles/global.css'
import App from './App.vue'
import { createAppI18n, readSavedLocale } from './i18n'
import { loadLocaleMessages } from './i18n/locale-loader'
import { createAppRouter } from './router'
import { bindHttpToSession } from './modules/identity/http-session-binding'

async function start(): Promise<void> {
  const locale = readSavedLocale()
  await loadLocaleMessages(locale)
  const app = createApp(App)
  app.use(createPinia())
  app.use(createAppI18n(locale))
  const router = createAppRouter()
  bindHttpToSession(router)
  app.use(router)
  app.mount('#app')
  void import('./i18n/error-catalogue')
}

void start()
