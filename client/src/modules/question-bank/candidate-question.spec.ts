import { describe, expect, it } from 'vitest'
import { answerShape, stableShuffle, toCandidateQuestion } from './candidate-question'

const items = [
  { id: 'S1', text: '登录系统' },
  { id: 'S2', text: '查询可供量' },
  { id: 'S3', text: '录入订单' },
]

describe('toCandidateQuestion', () => {
  it('gives a single-choice question without its answer', () => {
    const view = toCandidateQuestion({
      type: 'single',
      stem: '许可证有效期？',
      options: [{ id: 'A', text: '3年' }, { id: 'B', text: '5年' }],
      answer: 'B',
      explanation: '依据第十条',
      points: 2,
    })
    expect(view).toEqual({ type: 'single', stem: '许可证有效期？', points: 2, options: [{ id: 'A', text: '3年' }, { id: 'B', text: '5年' }] })
    expect(JSON.stringify(view)).not.toContain('依据第十条')
  })

  it('never shows ordering items in the correct order', () => {
    const view = toCandidateQuestion({ type: 'ordering', stem: '排序', items, answer: ['S1', 'S2', 'S3'] })
    expect(view.type === 'ordering' && view.items.map((i) => i.id)).not.toEqual(['S1', 'S2', 'S3'])
    expect(view.type === 'ordering' && [...view.items].map((i) => i.id).sort()).toEqual(['S1', 'S2', 'S3'])
  })

  it('keeps essays and numeric questions free of reference answers', () => {
    expect(toCandidateQuestion({ type: 'essay', stem: '论述', referenceAnswer: '要点', rubric: [{ criterion: '完整', points: 5 }] })).toEqual({ type: 'essay', stem: '论述' })
    expect(toCandidateQuestion({ type: 'numeric', stem: '多少', answer: { value: 5, tolerance: 1 }, unit: '条' })).toEqual({ type: 'numeric', stem: '多少', unit: '条' })
  })
})

describe('stableShuffle', () => {
  it('shuffles the same list the same way every time', () => {
    expect(stableShuffle(items)).toEqual(stableShuffle(items))
  })

  it('moves at least one of two items', () => {
    const two = items.slice(0, 2)
    expect(stableShuffle(two).map((i) => i.id)).toEqual(['S2', 'S1'])
  })
})

describe('answerShape', () => {
  it('stays the same while texts are edited and changes when an option is added', () => {
    const one = toCandidateQuestion({ type: 'single', stem: 'a', options: [{ id: 'A', text: 'x' }, { id: 'B', text: 'y' }], answer: 'A' })
    const edited = toCandidateQuestion({ type: 'single', stem: 'ab', options: [{ id: 'A', text: 'xx' }, { id: 'B', text: 'y' }], answer: 'A' })
    const added = toCandidateQuestion({ type: 'single', stem: 'a', options: [{ id: 'A', text: 'x' }, { id: 'B', text: 'y' }, { id: 'C', text: 'z' }], answer: 'A' })
    expect(answerShape(edited)).toBe(answerShape(one))
    expect(answerShape(added)).not.toBe(answerShape(one))
  })
})
