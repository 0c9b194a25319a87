import { describe, expect, it } from 'vitest'
import { diffText, tokenize } from './text-diff'

describe('tokenize', () => {
  it('splits Chinese by character and keeps Latin words and numbers whole', () => {
    expect(tokenize('V3系统 录入 120条')).toEqual(['V3', '系', '统', ' ', '录', '入', ' ', '120', '条'])
  })
})

describe('diffText', () => {
  it('marks the changed characters of a Chinese sentence', () => {
    expect(diffText('许可证有效期为五年', '许可证有效期为三年')).toEqual([
      { op: 'equal', text: '许可证有效期为' },
      { op: 'delete', text: '五' },
      { op: 'insert', text: '三' },
      { op: 'equal', text: '年' },
    ])
  })

  it('marks whole changed words in English', () => {
    expect(diffText('the licence lasts five years', 'the licence lasts three years')).toEqual([
      { op: 'equal', text: 'the licence lasts ' },
      { op: 'delete', text: 'five' },
      { op: 'insert', text: 'three' },
      { op: 'equal', text: ' years' },
    ])
  })

  it('handles insertions in the middle and texts that appear from nothing', () => {
    expect(diffText('依据专卖法', '依据烟草专卖法')).toEqual([
      { op: 'equal', text: '依据' },
      { op: 'insert', text: '烟草' },
      { op: 'equal', text: '专卖法' },
    ])
    expect(diffText('', '新增')).toEqual([{ op: 'insert', text: '新增' }])
    expect(diffText('同', '同')).toEqual([{ op: 'equal', text: '同' }])
  })

  it('keeps both texts whole when reassembled', () => {
    const before = '客户经理每月拜访零售户不少于2次，并记录经营指导情况。'
    const after = '客户经理每周拜访重点零售户不少于1次，并在V3系统中记录经营指导。'
    const pieces = diffText(before, after)
    expect(pieces.filter((p) => p.op !== 'insert').map((p) => p.text).join('')).toBe(before)
    expect(pieces.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe(after)
  })
})
