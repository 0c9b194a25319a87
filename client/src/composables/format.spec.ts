import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatNumber, formatWindow, scoreText } from './format'

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

describe('dates and times', () => {
  it('shows minutes, not seconds', () => {
    expect(formatDateTime(new Date(2026, 11, 5, 9, 3, 59))).toBe('2026-12-05 09:03')
  })

  it('shortens a window that opens and closes on the same day', () => {
    expect(formatWindow(new Date(2026, 11, 5, 9), new Date(2026, 11, 5, 18))).toBe('2026-12-05 09:00 – 18:00')
    expect(formatWindow(new Date(2026, 11, 5, 9), new Date(2026, 11, 12, 9))).toBe('2026-12-05 09:00 – 2026-12-12 09:00')
  })

  it('writes a date alone the same way', () => {
    expect(formatDate(new Date(2026, 0, 7, 23, 59))).toBe('2026-01-07')
  })

  it('shows nothing for a missing or unreadable time', () => {
    expect(formatDateTime(null)).toBe('')
    expect(formatDate('not a date')).toBe('')
  })
})

describe('formatNumber', () => {
  it('keeps at most the decimals asked for and groups thousands', () => {
    expect(formatNumber(1234.56, 'zh-CN')).toBe('1,234.6')
    expect(formatNumber(12, 'en', 2)).toBe('12')
    expect(formatNumber(null, 'en')).toBe('—')
  })
})
