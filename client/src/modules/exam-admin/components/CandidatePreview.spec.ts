import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import { questionsFixture } from '@/modules/exams/testing/fixtures'
import CandidatePreview from './CandidatePreview.vue'

describe('CandidatePreview', () => {
  it('shows the paper as the candidate receives it, numbered, read-only, options in the order drawn', () => {
    const wrapper = mount(CandidatePreview, { props: { questions: questionsFixture() }, global: { plugins: [createAppI18n('zh-CN')] } })
    const questions = wrapper.findAll('[data-testid="preview-question"]')
    expect(questions).toHaveLength(8)
    expect(questions[0]?.find('.question-view__number').text()).toBe('1')
    expect(questions[0]?.findAll('label').map((l) => l.text())).toEqual([
      'A交给客户经理代为保管',
      'B锁在抽屉里',
      'C悬挂在经营场所的显著位置',
    ])
    expect(questions[7]?.text()).toContain('简述走访零售户的要点。')
    expect(wrapper.findAll('input, select, textarea').every((c) => c.element.matches(':disabled'))).toBe(true)
    expect(wrapper.findAll('input:checked')).toHaveLength(0)
  })
})
