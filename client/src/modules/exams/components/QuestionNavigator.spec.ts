import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createTestApp } from '@/test/test-app'
import QuestionNavigator from './QuestionNavigator.vue'

function render(layout: 'one' | 'all') {
  return mount(QuestionNavigator, {
    props: { items: [], counts: { answered: 0, unanswered: 0, flagged: 0 }, layout },
    global: { plugins: createTestApp().plugins },
    attachTo: document.body,
  })
}

describe('the 逐题/整卷 choice', () => {
  it('is one Tab stop, on the chosen layout', () => {
    const radios = render('one').findAll('[role="radio"]')
    expect(radios.map((r) => [r.text(), r.attributes('aria-checked'), r.attributes('tabindex')])).toEqual([
      ['逐题', 'true', '0'],
      ['整卷', 'false', '-1'],
    ])
  })

  it('moves with the arrow keys, wrapping round, and focus follows', async () => {
    const wrapper = render('one')
    const radios = () => wrapper.findAll('[role="radio"]')
    await radios()[0].trigger('keydown', { key: 'ArrowRight' })
    expect(wrapper.emitted('layout')).toEqual([['all']])
    expect(document.activeElement).toBe(radios()[1].element)
    await wrapper.setProps({ layout: 'all' })
    await radios()[1].trigger('keydown', { key: 'ArrowDown' })
    await radios()[1].trigger('keydown', { key: 'Home' })
    await radios()[1].trigger('keydown', { key: 'Tab' })
    expect(wrapper.emitted('layout')).toEqual([['all'], ['one'], ['one']])
    wrapper.unmount()
  })
})
