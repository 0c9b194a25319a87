import { describe, expect, it } from 'vitest'
import { DEFAULT_RUBRIC, rubricMax, sheetComplete, sheetTotal, stepped } from './speech-sheet'

describe('a judge’s sheet on the phone', () => {
  it('steps by half a point and never leaves 0…max', () => {
    expect(stepped(19.5, 0.5, 20)).toBe(20)
    expect(stepped(20, 0.5, 20)).toBe(20)
    expect(stepped(0, -0.5, 20)).toBe(0)
  })

  it('totals exactly and is ready only with every item scored', () => {
    const items = { content: 27.5, delivery: 26, presence: 18, memorised: 9.5, impression: null }
    expect(sheetTotal(DEFAULT_RUBRIC, items)).toBe(81)
    expect(sheetComplete(DEFAULT_RUBRIC, items)).toBe(false)
    expect(sheetComplete(DEFAULT_RUBRIC, { ...items, impression: 8 })).toBe(true)
    expect(rubricMax(DEFAULT_RUBRIC)).toBe(100)
  })
})
