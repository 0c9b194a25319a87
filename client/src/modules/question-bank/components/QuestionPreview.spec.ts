import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createTestApp } from '@/test/test-app'
import { emptyResponse, type CandidateQuestion } from '../candidate-question'
import QuestionPreview from './QuestionPreview.vue'

function render(question: CandidateQuestion, response?: ReturnType<typeof emptyResponse>) {
  const app = createTestApp()
  return mount(QuestionPreview, {
    props: { question, number: 3, ...(response && { response }) },
    global: { plugins: app.plugins },
    attachTo: document.body,
  })
}

describe('QuestionPreview', () => {
  it('shows a single-choice question with lettered options and nothing chosen', () => {
    const wrapper = render({ type: 'single', stem: '许可证有效期？', points: 2, options: [{ id: 'X', text: '3年' }, { id: 'Y', text: '5年' }] })

    const text = wrapper.text()
    expect(text).toContain('3.')
    expect(text).toContain('单选题')
    expect(text).toContain('2 分')
    expect(text).toContain('A.3年')
    expect(text).toContain('B.5年')
    expect(wrapper.findAll('input:checked')).toHaveLength(0)
  })

  it('puts an input where each blank is and accepts typing in it', async () => {
    const wrapper = render({ type: 'fill_blank', stem: '<p>有效期为{{1}}年，提前{{2}}日申请</p>' })

    const blanks = wrapper.findAll('input.question-preview__blank')
    expect(blanks.map((b) => b.attributes('aria-label'))).toEqual(['第 1 空', '第 2 空'])
    await blanks[0]?.setValue('5')
    expect((wrapper.findAll('input.question-preview__blank')[0]?.element as HTMLInputElement).value).toBe('5')
  })

  it('never runs markup from the question text', () => {
    const wrapper = render({ type: 'essay', stem: '<p>论述<img src="x" onerror="alert(1)"><script>alert(2)</script></p>' })

    expect(wrapper.html()).not.toContain('onerror')
    expect(wrapper.html()).not.toContain('<script')
    expect(wrapper.text()).toContain('论述')
  })

  it('keeps an answer handed in by the page that shows it', async () => {
    const saved = { ...emptyResponse(), choice: 'Y' }
    const wrapper = render({ type: 'single', stem: '？', options: [{ id: 'X', text: '甲' }, { id: 'Y', text: '乙' }] }, saved)
    await flushPromises()

    const checked = wrapper.findAll('input:checked')
    expect(checked).toHaveLength(1)
    expect((checked[0]?.element as HTMLInputElement).value).toBe('Y')
  })
})
