import { describe, expect, it } from 'vitest'
import { ruleMayDrawPractice, warningText } from './practice-material'

const categories = [
  { path: '法规', effectivePurpose: 'exam' as const },
  { path: '法规/练习', effectivePurpose: 'practice' as const },
  { path: '考点', effectivePurpose: 'exam' as const },
]

describe('ruleMayDrawPractice', () => {
  it('warns for a practice bank drawn whole, and for an exam bank only where a category below is practice', () => {
    expect(ruleMayDrawPractice({ purpose: 'practice' }, [], '')).toBe(true)
    expect(ruleMayDrawPractice({ purpose: 'exam' }, categories, '')).toBe(true)
    expect(ruleMayDrawPractice({ purpose: 'exam' }, categories, '法规')).toBe(true)
    expect(ruleMayDrawPractice({ purpose: 'exam' }, categories, '考点')).toBe(false)
    expect(ruleMayDrawPractice({ purpose: 'exam' }, categories.slice(2), '')).toBe(false)
  })

  it('does not take a category whose name merely starts alike for one below', () => {
    expect(ruleMayDrawPractice({ purpose: 'exam' }, [{ path: '法规学习', effectivePurpose: 'practice' }], '法规')).toBe(false)
  })

  it('says nothing before a bank is chosen', () => {
    expect(ruleMayDrawPractice(undefined, categories, '')).toBe(false)
  })
})

describe('warningText', () => {
  const t = (key: string, values?: Record<string, unknown>) => `${key} ${JSON.stringify(values)}`

  it('names the rule, counted from one, or the fixed paper', () => {
    expect(warningText({ kind: 'practice_material', message: '', ruleIndex: 1, practiceCount: 4, outOf: 12 }, t)).toBe(
      'examAdmin.practiceMaterial.rule {"n":2,"count":4,"outOf":12}',
    )
    expect(warningText({ kind: 'practice_material', message: '', questionIds: ['a'], practiceCount: 1, outOf: 3 }, t)).toBe(
      'examAdmin.practiceMaterial.fixed {"count":1,"outOf":3}',
    )
  })
})
