import { describe, expect, it } from 'vitest'
import type { QuestionContent } from '@/modules/question-bank/question-content'
import { keyText } from './answer-display'

const words = { truthTrue: '对', truthFalse: '错' }
const single: QuestionContent = {
  type: 'single',
  stem: '零售许可证有效期为几年？',
  options: [
    { id: 'A', text: '3年' },
    { id: 'B', text: '5年' },
  ],
  answer: 'B',
}

describe('answers shown to a marker', () => {
  it('shows the key of a choice question with the option text', () => {
    expect(keyText(single, words)).toBe('B. 5年')
  })

  it('letters the options as the candidate saw them when their order was shuffled', () => {
    const multiple: QuestionContent = {
      ...single,
      type: 'multiple',
      options: [...single.options, { id: 'C', text: '10年' }],
      answer: ['B', 'C'],
    }
    const shown = { options: ['C', 'A', 'B'] }
    expect(keyText(single, words, shown)).toBe('C. 5年')
    expect(keyText(multiple, words, shown)).toBe('C. 5年；A. 10年')
  })

  it('reads true/false and numeric keys in words', () => {
    expect(keyText({ type: 'true_false', stem: 's', answer: false }, words)).toBe('错')
    expect(keyText({ type: 'numeric', stem: 's', answer: { value: 90, tolerance: 2 }, unit: '%' }, words)).toBe('90 ± 2 %')
  })

  it('lists every accepted text of each blank', () => {
    expect(keyText({ type: 'fill_blank', stem: '{{1}}{{2}}', answer: [['专卖局', '烟草专卖局'], ['5']] }, words)).toBe(
      '(1) 专卖局 / 烟草专卖局；(2) 5',
    )
  })
})
