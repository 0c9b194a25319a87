import { describe, expect, it } from 'vitest'
import { formatInterval, intervalUntil } from './review-interval'

const NOW = Date.parse('2026-11-27T01:00:00.000Z')
const after = (ms: number) => new Date(NOW + ms).toISOString()

describe('the next review, as a candidate reads it', () => {
  it('says days for a question answered right', () => {
    expect(formatInterval(intervalUntil(after(4 * 86_400_000 + 3_000), NOW), 'zh-CN')).toBe('4天后')
    expect(formatInterval(intervalUntil(after(86_400_000), NOW), 'en')).toBe('in 1 day')
  })

  it('says minutes for a question answered wrong, which comes back soon', () => {
    expect(formatInterval(intervalUntil(after(10 * 60_000 - 200), NOW), 'zh-CN')).toBe('10分钟后')
  })

  it('never says zero', () => {
    expect(intervalUntil(after(-5_000), NOW)).toEqual({ value: 1, unit: 'minute' })
  })
})
