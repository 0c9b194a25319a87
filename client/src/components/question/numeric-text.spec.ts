import { describe, expect, it } from 'vitest'
import { parseNumericText } from './numeric-text'

describe('parseNumericText', () => {
  it('reads what a phone keyboard types', () => {
    expect(parseNumericText('90')).toBe(90)
    expect(parseNumericText('0.5')).toBe(0.5)
    expect(parseNumericText('-3')).toBe(-3)
    expect(parseNumericText('１２．５')).toBe(12.5)
    expect(parseNumericText('1,000')).toBe(1000)
  })

  it('treats empty as no answer and rejects what is not a number', () => {
    expect(parseNumericText('  ')).toBeNull()
    expect(parseNumericText('12a')).toBeNaN()
    expect(parseNumericText('1.2.3')).toBeNaN()
  })
})
