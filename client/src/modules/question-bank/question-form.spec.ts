import { describe, expect, it } from 'vitest'
import {
  addRow,
  changeType,
  emptyForm,
  formFromContent,
  localProblems,
  markCorrect,
  moveRow,
  nextBlankMarker,
  removeRow,
  syncBlanks,
  toInput,
} from './question-form'
import type { QuestionContent } from './question-content'

function single() {
  const form = emptyForm('single')
  form.stem = ' 许可证有效期为几年？ '
  ;['3年', '5年', '10年', '永久'].forEach((text, i) => {
    const option = form.options[i]
    if (option) option.text = text
  })
  markCorrect(form, 1)
  return form
}

describe('toInput', () => {
  it('sends a single-choice question with the correct option’s id', () => {
    const form = single()
    const [a, b, c, d] = form.options.map((o) => o.id)
    expect(toInput(form)).toEqual({
      type: 'single',
      stem: '许可证有效期为几年？',
      options: [
        { id: a, text: '3年' },
        { id: b, text: '5年' },
        { id: c, text: '10年' },
        { id: d, text: '永久' },
      ],
      answer: b,
    })
  })

  it('keeps the answer on its option when options are reordered or removed', () => {
    const form = single()
    const right = form.options[1]?.id
    moveRow(form, 'options', 1, -1)
    removeRow(form, 'options', 3)
    const input = toInput(form)
    expect(input.options?.map((o) => o.text)).toEqual(['5年', '3年', '10年'])
    expect(input.answer).toBe(right)
  })

  it('gives each new row a random id that says nothing of its place in the list or the key', () => {
    const forms = Array.from({ length: 20 }, () => emptyForm('ordering'))
    const ids = forms.flatMap((form) => form.items.map((row) => row.id))
    expect(ids.every((id) => /^[a-z2-9]{8}$/.test(id))).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
    const form = single()
    removeRow(form, 'options', 0)
    addRow(form, 'options')
    expect(new Set(form.options.map((o) => o.id)).size).toBe(4)
  })

  it('lets a single-choice question have only one correct option, a multiple-choice several', () => {
    const form = single()
    const [a, , c] = form.options.map((o) => o.id)
    markCorrect(form, 2)
    expect(toInput(form).answer).toBe(c)
    changeType(form, 'multiple')
    markCorrect(form, 0)
    expect(toInput(form).answer).toEqual([a, c])
  })

  it('sends matching pairs by id, distractors included on the right', () => {
    const form = emptyForm('matching')
    ;['零售许可证', '准运证'].forEach((text, i) => {
      const row = form.left[i]
      if (row) row.text = text
    })
    ;['专卖局', '运输', '干扰项'].forEach((text, i) => {
      if (!form.right[i]) addRow(form, 'right')
      const row = form.right[i]
      if (row) row.text = text
    })
    const [l1, l2] = form.left
    const [r1, r2] = form.right
    if (l1 && l2 && r1 && r2) {
      l1.match = r1.uid
      l2.match = r2.uid
    }
    const input = toInput(form)
    expect(input.right).toHaveLength(3)
    expect(input.answer).toEqual({ [l1?.id ?? '']: r1?.id, [l2?.id ?? '']: r2?.id })
  })

  it('sends ordering items in the order the trainer arranged them as the answer', () => {
    const form = emptyForm('ordering')
    form.items.forEach((row, i) => (row.text = `第${i + 1}步`))
    const [s1, s2, s3] = form.items.map((row) => row.id)
    moveRow(form, 'items', 2, -1)
    expect(toInput(form).answer).toEqual([s1, s3, s2])
  })

  it('sends a numeric answer as value ± tolerance or as a range, with its unit', () => {
    const form = emptyForm('numeric')
    form.stem = '多少？'
    form.value = 60
    form.tolerance = 1
    form.unit = '%'
    expect(toInput(form)).toMatchObject({ answer: { value: 60, tolerance: 1 }, unit: '%' })
    form.numericMode = 'range'
    form.min = 50
    form.max = 70
    expect(toInput(form).answer).toEqual({ min: 50, max: 70 })
  })

  it('sends one list of accepted answers per blank', () => {
    const form = emptyForm('fill_blank')
    form.stem = `有效期为${nextBlankMarker('')}年，到期前${nextBlankMarker('{{1}}')}日申请延续`
    syncBlanks(form)
    form.blanks = [
      ['5', '五'],
      [' 30 ', ''],
    ]
    expect(toInput(form).answer).toEqual([['5', '五'], ['30']])
  })

  it('adds meta, source and a change note only when given', () => {
    const form = single()
    form.category = '专卖法 / 许可证'
    form.dimension = '法律法规'
    form.tags = ['许可证']
    form.sourceDocument = '烟草专卖许可证管理办法'
    form.sourceDate = '2016-06-01'
    form.changeNote = '修正答案'
    expect(toInput(form, true)).toMatchObject({
      category: '专卖法/许可证',
      dimension: '法律法规',
      tags: ['许可证'],
      source: { document: '烟草专卖许可证管理办法', effectiveDate: '2016-06-01' },
      changeNote: '修正答案',
    })
    expect(toInput(form)).not.toHaveProperty('changeNote')
  })
})

describe('formFromContent', () => {
  it('keeps an imported single choice’s partial credit through an edit, and drops it from an option made the key', () => {
    const content = {
      type: 'single',
      stem: '首先应当？',
      options: [
        { id: 'a', text: '核实并报告' },
        { id: 'b', text: '记录在档案' },
        { id: 'c', text: '停止供货' },
      ],
      answer: 'a',
      credit: { b: 0.3333333 },
    } as QuestionContent
    const form = formFromContent(content)
    form.stem = '客户经理首先应当？'
    expect(toInput(form)).toMatchObject({ answer: 'a', credit: { b: 0.3333333 } })
    markCorrect(form, 1)
    expect(toInput(form)).not.toHaveProperty('credit')
  })

  it('reads a stored question back to the same input', () => {
    const content: QuestionContent = {
      type: 'matching',
      stem: '配对',
      left: [
        { id: 'L1', text: '甲' },
        { id: 'L2', text: '乙' },
      ],
      right: [
        { id: 'R1', text: '一' },
        { id: 'R2', text: '二' },
        { id: 'R3', text: '三' },
      ],
      answer: { L1: 'R2', L2: 'R1' },
      difficulty: 3,
      tags: ['x'],
      source: { document: '专卖法', article: '第一条' },
    }
    expect(toInput(formFromContent(content))).toEqual({
      type: 'matching',
      stem: '配对',
      left: content.left,
      right: content.right,
      answer: content.answer,
      difficulty: 3,
      tags: ['x'],
      source: { document: '专卖法', article: '第一条' },
    })
  })

  it('puts ordering items in their correct order for editing', () => {
    const form = formFromContent({
      type: 'ordering',
      stem: '排序',
      items: [
        { id: 'S1', text: '一' },
        { id: 'S2', text: '二' },
        { id: 'S3', text: '三' },
      ],
      answer: ['S3', 'S1', 'S2'],
    })
    expect(form.items.map((i) => i.text)).toEqual(['三', '一', '二'])
  })
})

describe('localProblems', () => {
  it('names empty rows and an empty stem before the server sees them', () => {
    const form = emptyForm('single')
    expect(localProblems(form)).toEqual([
      { field: 'stem', key: 'stemRequired' },
      { field: 'options', key: 'rowEmpty' },
    ])
  })
})

describe('ensureMinimumRows', () => {
  it('gives a stored two-option question no extra empty options', () => {
    const form = formFromContent({
      type: 'single',
      stem: '对吗',
      options: [
        { id: 'A', text: '是' },
        { id: 'B', text: '否' },
      ],
      answer: 'A',
    })
    expect(form.options).toHaveLength(2)
    expect(localProblems(form)).toEqual([])
  })
})
