import { afterEach, describe, expect, it } from 'vitest'
import { h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import TableScroll from './TableScroll.vue'

const proto = HTMLElement.prototype
const original = {
  scrollWidth: Object.getOwnPropertyDescriptor(proto, 'scrollWidth'),
  clientWidth: Object.getOwnPropertyDescriptor(proto, 'clientWidth'),
}

/** jsdom lays nothing out: give the scrolling wrapper the widths a 360 px phone would. */
function screenOf(width: number, content: number) {
  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => width })
  Object.defineProperty(proto, 'scrollWidth', { configurable: true, get: () => content })
}

afterEach(() => {
  for (const [key, descriptor] of Object.entries(original)) if (descriptor) Object.defineProperty(proto, key, descriptor)
})

async function render() {
  const wrapper = mount(TableScroll, {
    slots: { default: () => h('table', [h('tr', [h('td', '王五'), h('td', '城东客户服务部')])]) },
    global: { plugins: [createAppI18n('zh-CN')] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

describe('a wide table on a narrow screen', () => {
  it('says it scrolls sideways and shades the side with more columns', async () => {
    screenOf(328, 760)
    const wrapper = await render()

    expect(wrapper.find('[data-testid="scroll-hint"]').text()).toContain('左右滑动查看更多列')
    expect(wrapper.classes()).toContain('has-more-right')
    expect(wrapper.classes()).not.toContain('has-more-left')
  })

  it('shows no hint when the table fits', async () => {
    screenOf(1000, 1000)
    const wrapper = await render()

    expect(wrapper.find('[data-testid="scroll-hint"]').exists()).toBe(false)
    expect(wrapper.classes()).not.toContain('has-more-right')
  })
})
