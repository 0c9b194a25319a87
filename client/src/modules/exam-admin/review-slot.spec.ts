import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import QuestionView from '@/components/question/QuestionView.vue'
import type { ReviewedSlot } from './attempt-review'
import { reviewOfSlot, shownQuestionOf } from './review-slot'

function slot(overrides: Partial<ReviewedSlot>): ReviewedSlot {
  return {
    slot: 1,
    questionId: 'q1',
    version: 1,
    points: 2,
    answer: 'A',
    savedAt: null,
    state: 'incorrect',
    score: 0,
    feedback: null,
    content: {
      type: 'single',
      stem: '零售许可证有效期为几年？',
      options: [
        { id: 'A', text: '3年' },
        { id: 'B', text: '5年' },
        { id: 'C', text: '10年' },
      ],
      answer: 'B',
    },
    shownOrder: { options: ['C', 'A', 'B'] },
    ...overrides,
  }
}

function renderReview(reviewed: ReviewedSlot) {
  return mount(QuestionView, {
    props: { question: shownQuestionOf(reviewed), number: reviewed.slot, mode: 'review', review: reviewOfSlot(reviewed) },
    global: { plugins: [createAppI18n('zh-CN')] },
  })
}

describe('a trainer’s review of one slot', () => {
  it('letters the options as the candidate saw them, with their answer chosen and the key marked', () => {
    const wrapper = renderReview(slot({}))
    expect(wrapper.findAll('label').map((l) => l.text().replace(/✓.*$/, ''))).toEqual(['A10年', 'B3年', 'C5年'])
    expect(wrapper.find('input:checked').element.parentElement?.textContent).toContain('B3年')
    expect(wrapper.find('.is-key').text()).toContain('C5年')
    expect(wrapper.find('[data-testid="right-answer"]').text()).toBe('C. 5年')
  })

  it('shows the stored order when the slot kept none (attempts from before shuffling)', () => {
    expect(shownQuestionOf(slot({ shownOrder: null })).options?.map((o) => o.id)).toEqual(['A', 'B', 'C'])
  })

  it('shows an essay’s reference answer and the marker’s feedback', () => {
    const essay = slot({
      answer: '先了解客户',
      state: 'partial',
      score: 6,
      points: 10,
      feedback: '要点不全',
      content: { type: 'essay', stem: '简述走访要点', referenceAnswer: '准备、沟通、记录', rubric: [] },
      shownOrder: null,
    })
    const wrapper = renderReview(essay)
    expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('先了解客户')
    expect(wrapper.find('[data-testid="right-answer"]').text()).toBe('准备、沟通、记录')
    expect(wrapper.find('[data-testid="feedback"]').text()).toBe('要点不全')
    expect(wrapper.text()).toContain('得 6 / 10 分')
  })

  it('counts a blank question’s blanks from its key', () => {
    const blanks = slot({
      answer: ['专卖局'],
      content: { type: 'fill_blank', stem: '{{1}}与{{2}}', answer: [['专卖局'], ['5']] },
      shownOrder: null,
    })
    expect(shownQuestionOf(blanks)).toMatchObject({ type: 'fill_blank', blanks: 2 })
  })
})
