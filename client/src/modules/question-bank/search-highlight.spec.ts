import { describe, expect, it } from 'vitest'
import { excerptAround, highlightPieces } from './search-highlight'

describe('highlightPieces', () => {
  it('marks every occurrence of every term, in Chinese without spaces', () => {
    expect(highlightPieces('紧俏货源按档位投放，货源公开', ['货源', '投放'])).toEqual([
      { text: '紧俏', hit: false },
      { text: '货源', hit: true },
      { text: '按档位', hit: false },
      { text: '投放', hit: true },
      { text: '，', hit: false },
      { text: '货源', hit: true },
      { text: '公开', hit: false },
    ])
  })

  it('ignores case, prefers the longer of overlapping terms, and takes regex characters literally', () => {
    expect(highlightPieces('V3系统 (v3)', ['v3', 'v3系统', '('])).toEqual([
      { text: 'V3系统', hit: true },
      { text: ' ', hit: false },
      { text: '(', hit: true },
      { text: 'v3', hit: true },
      { text: ')', hit: false },
    ])
  })

  it('leaves a text without terms whole', () => {
    expect(highlightPieces('许可证', [])).toEqual([{ text: '许可证', hit: false }])
  })
})

describe('excerptAround', () => {
  it('shows the part of a long text around the first hit', () => {
    const text = `${'甲'.repeat(100)}琥珀色标签${'乙'.repeat(100)}`
    const excerpt = excerptAround(text, ['琥珀色'], 30)
    expect(excerpt).toContain('琥珀色标签')
    expect(excerpt.startsWith('…') && excerpt.endsWith('…')).toBe(true)
  })
})
