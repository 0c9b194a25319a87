import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import { questionsFixture } from '../testing/fixtures'
import ExamQuestion from './ExamQuestion.vue'

function render(flagged = false) {
  const question = questionsFixture().find((q) => q.slot === 1)!
  return mount(ExamQuestion, {
    props: { question, number: 1, answer: null, saveState: 'saved', flagged },
    global: { plugins: [createAppI18n('zh-CN')] },
  })
}

describe('ExamQuestion', () => {
  it('answers through the shared question view, with its anchor, points, flag and save state', async () => {
    const wrapper = render()
    expect(wrapper.attributes('id')).toBe('question-1')
    expect(wrapper.text()).toContain('5 分')
    expect(wrapper.find('[data-testid="save-state"]').exists()).toBe(true)
    await wrapper.findAll('input[type="radio"]')[0].setValue(true)
    expect(wrapper.emitted('answer')?.at(-1)?.[0]).toBe('C')
  })

  it('flags and unflags the question', async () => {
    const wrapper = render(true)
    const flag = wrapper.find('button[aria-pressed="true"]')
    expect(flag.text()).toContain('已标记')
    await flag.trigger('click')
    expect(wrapper.emitted('toggleFlag')).toHaveLength(1)
  })
})
