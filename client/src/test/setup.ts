import { afterEach, beforeEach, vi } from 'vitest'
import { takeSeededSession } from './session-fixtures'
import { loadLocaleMessages } from '@/i18n/locale-loader'
import '@/i18n/error-catalogue'

// the app fetches English on demand; tests switch languages synchronously
await loadLocaleMessages('en')

// jsdom lacks these browser APIs that Element Plus and the layout use.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in globalThis)) {
  Object.defineProperty(globalThis, 'ResizeObserver', { value: ResizeObserverStub, writable: true })
}

beforeEach(() => {
  localStorage.clear()
  takeSeededSession()
  document.documentElement.lang = 'zh-CN'
})

afterEach(() => {
  document.body.innerHTML = ''
})

// jsdom does not implement scrolling; the router's scrollBehavior calls it.
window.scrollTo = () => undefined

// async-validator logs every failed rule to the console; tests assert on what the user sees instead.
Object.defineProperty(globalThis, 'ASYNC_VALIDATOR_NO_WARNING', { value: 1 })

// jsdom has no canvas: a real ECharts instance would throw on draw, sometimes after the test file has
// been torn down. Pages' chart options are tested as data (level-charts.spec.ts); here a chart is a box.
vi.mock('@/components/charts/EChart.vue', async () => {
  const { defineComponent, h } = await import('vue')
  return {
    __esModule: true,
    default: defineComponent({
      name: 'EChartStub',
      props: { option: { type: Object, required: true } },
      setup: () => () => h('div', { class: 'echart', 'data-stub': 'echart' }),
    }),
  }
})
