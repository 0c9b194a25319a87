import { describe, expect, it } from 'vitest'
import { formatDateTime, formatWindow } from './date-format'

describe('dates on the trainer pages', () => {
  it('shows minutes, not seconds', () => {
    expect(formatDateTime(new Date(2026, 11, 5, 9, 3, 59))).toBe('2026-12-05 09:03')
  })

  it('shortens a window that opens and closes on the same day', () => {
    expect(formatWindow(new Date(2026, 11, 5, 9), new Date(2026, 11, 5, 18))).toBe('2026-12-05 09:00 – 18:00')
    expect(formatWindow(new Date(2026, 11, 5, 9), new Date(2026, 11, 12, 9))).toBe('2026-12-05 09:00 – 2026-12-12 09:00')
  })

  it('shows nothing for a missing time', () => {
    expect(formatDateTime(null)).toBe('')
  })
})
