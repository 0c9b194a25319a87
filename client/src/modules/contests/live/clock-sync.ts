/**
 * The phone's estimate of the server clock, NTP-style (RFC 5905 §8, with one server stamp): a sample
 * is sent at local t0, stamped by the server at s, received at local t1; its round trip is t1 − t0 and
 * its offset s − (t0 + t1) / 2, exact when both directions take as long. Queues and retries only ever
 * lengthen a round trip, so the lowest-RTT samples are kept and their median offset is taken.
 *
 * Local times must come from a monotonic clock (performance.timeOrigin + performance.now()): Date.now()
 * can jump when the phone corrects its own clock.
 */
export interface ClockSample {
  sentAt: number
  serverAt: number
  receivedAt: number
}

export interface ClockEstimate {
  /** server time − local time, ms */
  offsetMs: number
  /** the lowest round trip seen, ms */
  rttMs: number
  /** max − min offset among the kept samples: how far they disagree, ms */
  spreadMs: number
  /** samples kept */
  samples: number
  /** enough samples that agree: the server ranks this phone by its own stamp */
  stable: boolean
}

export interface ClockSyncOptions {
  keep: number
  /** the newest samples considered; older ones are dropped as the network changes */
  window: number
  minSamples: number
  maxSpreadMs: number
}

/** minSamples and maxSpreadMs agree with the server's DEFAULT_CLOCK_THRESHOLDS (press-time.ts). */
export const CLOCK_SYNC: ClockSyncOptions = { keep: 5, window: 16, minSamples: 4, maxSpreadMs: 20 }

export function rttOf(sample: ClockSample): number {
  return sample.receivedAt - sample.sentAt
}

export function offsetOf(sample: ClockSample): number {
  return sample.serverAt - (sample.sentAt + sample.receivedAt) / 2
}

/** Adds a sample, keeping the newest `window` of them; a sample with a negative round trip is refused. */
export function withSample(samples: readonly ClockSample[], sample: ClockSample, options: ClockSyncOptions = CLOCK_SYNC): ClockSample[] {
  if (rttOf(sample) < 0) return [...samples]
  return [...samples, sample].slice(-options.window)
}

export function estimateClock(samples: readonly ClockSample[], options: ClockSyncOptions = CLOCK_SYNC): ClockEstimate | null {
  const kept = samples
    .filter((s) => rttOf(s) >= 0)
    .sort((a, b) => rttOf(a) - rttOf(b))
    .slice(0, options.keep)
  if (kept.length === 0) return null
  const offsets = kept.map(offsetOf).sort((a, b) => a - b)
  const mid = Math.floor(offsets.length / 2)
  const offsetMs = offsets.length % 2 === 1 ? offsets[mid] : (offsets[mid - 1] + offsets[mid]) / 2
  const spreadMs = offsets[offsets.length - 1] - offsets[0]
  const stable = kept.length >= options.minSamples && spreadMs <= options.maxSpreadMs
  return { offsetMs, rttMs: rttOf(kept[0]), spreadMs, samples: kept.length, stable }
}

export function toServerTime(localMs: number, estimate: ClockEstimate): number {
  return localMs + estimate.offsetMs
}

/** How long to wait before the next sample: a quick burst until stable, then a slow refresh. */
export function nextSampleDelayMs(estimate: ClockEstimate | null, sampleCount: number): number {
  if (!estimate?.stable || sampleCount < CLOCK_SYNC.keep * 2) return 150
  return 5_000
}
