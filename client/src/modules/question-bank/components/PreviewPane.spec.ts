import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createTestApp } from '@/test/test-app'
import type { CandidateQuestion } from '../candidate-question'
import PreviewPane from './PreviewPane.vue'

function render(question: CandidateQuestion) {
  const app = createTestApp()
  return mount(PreviewPane, {
    props: { question, empty: false, mode: 'phone' },
    global: { plugins: app.plugins },
    attachTo: document.body,
  })
}

const single: CandidateQuestion = { type: 'single', stem: '许可证有效期？', points: 2, options: [{ id: 'X', text: '3年' }, { id: 'Y', text: '5年' }] }

describe('the editor’s preview', () => {
  it('shows a single-choice question with lettered options and nothing chosen', () => {
    const text = render(single).text()
    expect(text).toContain('单选题')
    expect(text).toContain('2 分')
    expect(text).toContain('A3年')
    expect(text).toContain('B5年')
    expect(render(single).findAll('[data-testid="question-preview"] input:checked')).toHaveLength(0)
  })

  it('puts an input where each blank is and accepts typing in it', async () => {
    const wrapper = render({ type: 'fill_blank', stem: '<p>有效期为{{1}}年，提前{{2}}日申请</p>' })
    const blanks = wrapper.findAll('input.question-view__blank')
    expect(blanks.map((b) => b.attributes('aria-label'))).toEqual(['第 1 题 第 1 空', '第 1 题 第 2 空'])
    await blanks[0]?.setValue('5')
    expect((wrapper.findAll('input.question-view__blank')[0]?.element as HTMLInputElement).value).toBe('5')
  })

  it('never runs markup from the question text', () => {
    const wrapper = render({ type: 'essay', stem: '<p>论述<img src="x" onerror="alert(1)"><script>alert(2)</script></p>' })
    expect(wrapper.html()).not.toContain('onerror')
    expect(wrapper.html()).not.toContain('<script')
    expect(wrapper.text()).toContain('论述')
  })

  it('keeps a tried answer while a text is edited, and drops it when an option is added', async () => {
    const wrapper = render(single)
    await wrapper.findAll('[data-testid="question-preview"] input[type="radio"]')[1]?.setValue(true)
    await wrapper.setProps({ question: { ...single, stem: '许可证有效期为几年？' } })
    const chosen = () => wrapper.findAll('[data-testid="question-preview"] input:checked').map((i) => (i.element as HTMLInputElement).value)
    expect(chosen()).toEqual(['Y'])
    await wrapper.setProps({ question: { ...single, options: [...(single.type === 'single' ? single.options : []), { id: 'Z', text: '10年' }] } })
    expect(chosen()).toEqual([])
  })
})
