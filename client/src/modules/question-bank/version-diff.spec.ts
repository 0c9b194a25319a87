import { describe, expect, it } from 'vitest'
import { answerText, diffVersions, type DiffWords } from './version-diff'
import type { QuestionContent } from './question-content'

const words: DiffWords = { truth: (v) => (v ? '对' : '错'), typeName: (t) => t }

const v1: QuestionContent = {
  type: 'single',
  stem: '<p>零售许可证有效期为几年？</p>',
  options: [{ id: 'A', text: '3年' }, { id: 'B', text: '5年' }],
  answer: 'B',
  explanation: '依据管理办法',
}

describe('diffVersions', () => {
  it('shows what changed in the stem and the answer, and what stayed', () => {
    const v2: QuestionContent = { ...v1, stem: '<p>烟草专卖零售许可证有效期为几年？</p>', answer: 'A' }
    const diff = diffVersions(v1, v2, words)

    expect(diff.map((d) => [d.field, d.changed])).toEqual([
      ['type', false],
      ['stem', true],
      ['options', false],
      ['answer', true],
      ['explanation', false],
    ])
    expect(diff.find((d) => d.field === 'stem')?.pieces).toEqual([
      { op: 'insert', text: '烟草专卖' },
      { op: 'equal', text: '零售许可证有效期为几年？' },
    ])
    expect(diff.find((d) => d.field === 'answer')).toMatchObject({ before: 'B', after: 'A' })
  })

  it('reports an explanation that was added', () => {
    const bare: QuestionContent = { ...v1, explanation: undefined }
    const diff = diffVersions(bare, v1, words)
    expect(diff.find((d) => d.field === 'explanation')).toMatchObject({ before: '', after: '依据管理办法', changed: true })
  })
})

describe('answerText', () => {
  it('names options by the letter the candidate sees', () => {
    expect(answerText({ ...v1, options: [{ id: 'B', text: '5年' }, { id: 'A', text: '3年' }], answer: 'B' }, words)).toBe('A')
  })

  it('writes numeric, true/false, matching and ordering answers in words', () => {
    expect(answerText({ type: 'numeric', stem: '', answer: { value: 60, tolerance: 1 }, unit: '%' }, words)).toBe('60 ± 1 %')
    expect(answerText({ type: 'true_false', stem: '', answer: false }, words)).toBe('错')
    expect(
      answerText({ type: 'matching', stem: '', left: [{ id: 'L1', text: '甲' }], right: [{ id: 'R1', text: '一' }], answer: { L1: 'R1' } }, words),
    ).toBe('甲 → 一')
    expect(
      answerText({ type: 'ordering', stem: '', items: [{ id: 'S1', text: '一' }, { id: 'S2', text: '二' }], answer: ['S2', 'S1'] }, words),
    ).toBe('二 → 一')
  })
})
