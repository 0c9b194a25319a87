import { describe, expect, it } from 'vitest'
import { estimateClock } from './clock-sync'
import { localTimeOf, stampPress } from './press-stamp'

const estimate = estimateClock(
  Array.from({ length: 6 }, (_, k) => ({ sentAt: 1_000 + k * 200, serverAt: 10_050 + k * 200 + (k % 2), receivedAt: 1_100 + k * 200 })),
)!

describe('press stamp', () => {
  it('stamps a press in server time with the estimate’s round trip, samples and spread (golden)', () => {
    expect(estimate).toMatchObject({ offsetMs: 9_000, rttMs: 100, spreadMs: 1, samples: 5, stable: true })
    expect(stampPress(20_000, estimate)).toEqual({ stampedAt: 29_000, rttMs: 100, samples: 5, spreadMs: 1 })
  })

  it('sends no stamp before the phone has any estimate, so the server goes by arrival', () => {
    expect(stampPress(20_000, null)).toEqual({ stampedAt: null, rttMs: 0, samples: 0, spreadMs: null })
  })

  it('shows the opening at the local moment that is the server’s announced time', () => {
    expect(localTimeOf(30_000, estimate)).toBe(21_000)
  })
})
