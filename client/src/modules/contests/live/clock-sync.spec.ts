import { describe, expect, it } from 'vitest'
import { CLOCK_SYNC, estimateClock, nextSampleDelayMs, offsetOf, rttOf, toServerTime, withSample, type ClockSample } from './clock-sync'

/** A phone whose clock is 3.7 s behind the server, 60 ms up and 64 ms down, with seeded jitter. */
function samplesFrom(count: number, jitterMs: (k: number) => [number, number], phoneBehindMs = 3_700): ClockSample[] {
  return Array.from({ length: count }, (_, k) => {
    const [up, down] = jitterMs(k)
    const trueSent = 1_000_000 + k * 150
    const serverAt = trueSent + 60 + up
    const trueReceived = serverAt + 64 + down
    return { sentAt: trueSent - phoneBehindMs, serverAt, receivedAt: trueReceived - phoneBehindMs }
  })
}

function seeded(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('clock sync', () => {
  it('reads round trip and offset off one sample (golden)', () => {
    const sample = { sentAt: 1_000, serverAt: 5_060, receivedAt: 1_124 }
    expect(rttOf(sample)).toBe(124)
    expect(offsetOf(sample)).toBe(3_998)
  })

  it('finds a clock seconds off to within the path asymmetry, despite jitter and a few very slow samples', () => {
    const random = seeded(7)
    const samples = samplesFrom(12, (k) => (k % 4 === 1 ? [180 * random(), 40 * random()] : [3 * random(), 3 * random()]))
    const estimate = estimateClock(samples)!
    // true offset 3 700; the 2 ms asymmetry of the paths (60 up, 64 down) is what no such method can see
    expect(Math.abs(estimate.offsetMs - 3_698)).toBeLessThanOrEqual(3)
    expect(estimate).toMatchObject({ samples: CLOCK_SYNC.keep, stable: true })
    expect(estimate.rttMs).toBeGreaterThanOrEqual(124)
    expect(estimate.rttMs).toBeLessThan(131)
  })

  it('calls the estimate unstable with too few samples, or when the quickest ones disagree', () => {
    expect(estimateClock(samplesFrom(3, () => [0, 0]))?.stable).toBe(false)
    const random = seeded(3)
    const noisy = samplesFrom(10, () => [60 * random(), 60 * random()])
    expect(estimateClock(noisy)).toMatchObject({ stable: false })
    expect(estimateClock(noisy)!.spreadMs).toBeGreaterThan(CLOCK_SYNC.maxSpreadMs)
    expect(estimateClock([])).toBeNull()
  })

  it('keeps the newest samples only and refuses one that came back before it left', () => {
    let samples: ClockSample[] = []
    for (const s of samplesFrom(20, () => [0, 0])) samples = withSample(samples, s)
    expect(samples).toHaveLength(CLOCK_SYNC.window)
    expect(withSample([], { sentAt: 10, serverAt: 5, receivedAt: 9 })).toEqual([])
  })

  it('turns a local time into server time', () => {
    const estimate = estimateClock(samplesFrom(6, () => [0, 0]))!
    expect(toServerTime(2_000_000, estimate)).toBe(2_000_000 + 3_698)
  })

  it('samples quickly until the estimate is stable, then every few seconds', () => {
    expect(nextSampleDelayMs(null, 0)).toBe(150)
    const stable = estimateClock(samplesFrom(12, () => [0, 0]))!
    expect(nextSampleDelayMs(stable, 12)).toBe(5_000)
    expect(nextSampleDelayMs({ ...stable, stable: false }, 12)).toBe(150)
  })
})
