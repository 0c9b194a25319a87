import { describe, expect, it } from 'vitest'
import { scoreText } from './score-text'

describe('scoreText', () => {
  it('shows at most two decimals and no trailing zeros', () => {
    expect(scoreText(23.167)).toBe('23.17')
    expect(scoreText(70 / 3)).toBe('23.33')
    expect(scoreText(7.5)).toBe('7.5')
    expect(scoreText(14)).toBe('14')
    expect(scoreText(0)).toBe('0')
  })

  it('shows a dash, or the text given, when there is no score', () => {
    expect(scoreText(null)).toBe('—')
    expect(scoreText(undefined, '')).toBe('')
  })
})
