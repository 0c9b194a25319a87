import { defineComponent, h, type Component } from 'vue'
import { createMemoryHistory } from 'vue-router'
import { createPinia, setActivePinia } from 'pinia'
import { flushPromises, mount } from '@vue/test-utils'
import { createAppI18n, type AppLocale } from '@/i18n'
import { createAppRouter } from '@/router'
import { bindHttpToSession } from '@/modules/identity/http-session-binding'
import App from '@/App.vue'
import { takeSeededSession } from './session-fixtures'

/** The real app wiring (pinia, i18n, router with guards, http bound to the session) on an in-memory history. */
export function createTestApp(locale?: AppLocale) {
  const pinia = createPinia()
  const seeded = takeSeededSession()
  if (seeded) pinia.state.value.session = { ...seeded, me: null }
  setActivePinia(pinia)
  const i18n = createAppI18n(locale)
  const router = createAppRouter(createMemoryHistory())
  bindHttpToSession(router)
  return { pinia, i18n, router, plugins: [pinia, i18n, router] }
}

/** Mounts the whole App at `path`, as a user opening that address would see it. */
export async function mountAppAt(path: string, locale?: AppLocale) {
  const app = createTestApp(locale)
  await app.router.push(path)
  await app.router.isReady()
  const wrapper = mount(App, { global: { plugins: app.plugins }, attachTo: document.body })
  await flushPromises()
  return { ...app, wrapper }
}

/** Runs a composable inside a component's setup, with the app's plugins. */
export async function withSetup<T>(composable: () => T, options: { path?: string; render?: Component } = {}) {
  const app = createTestApp()
  await app.router.push(options.path ?? '/login')
  await app.router.isReady()
  let result: T | undefined
  const Host = defineComponent({
    setup() {
      result = composable()
      return () => (options.render ? h(options.render) : h('div'))
    },
  })
  const wrapper = mount(Host, { global: { plugins: app.plugins }, attachTo: document.body })
  await flushPromises()
  if (result === undefined) throw new Error('composable did not run')
  return { ...app, wrapper, result }
}
