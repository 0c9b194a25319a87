/**
 * When a press happened, in server time. A phone with a stable clock estimate stamps its press itself
 * (local time + measured offset); that stamp is trusted only within what the phone's own round trip
 * allows: not after its arrival, and not earlier than arrival − RTT − STAMP_SLACK_MS (a phone cannot
 * win by claiming an impossible press time). A phone whose estimate is unstable is placed at
 * arrival − RTT/2: its one-way delay taken as half the round trip, as NTP assumes.
 */
export const STAMP_SLACK_MS = 50;

export interface ClockReport {
  /** Samples the phone kept (the lowest round trips). */
  samples: number;
  /** Spread (max − min) of the kept samples' offsets, ms. */
  spreadMs: number;
  rttMs: number;
}

export interface ClockThresholds {
  minSamples: number;
  maxSpreadMs: number;
}

export const DEFAULT_CLOCK_THRESHOLDS: ClockThresholds = { minSamples: 4, maxSpreadMs: 20 };

export function isClockStable(report: ClockReport, thresholds: ClockThresholds = DEFAULT_CLOCK_THRESHOLDS): boolean {
  return report.samples >= thresholds.minSamples && report.spreadMs <= thresholds.maxSpreadMs && report.rttMs >= 0;
}

export interface TimedPress {
  arrivedAt: number;
  stampedAt: number;
  rttMs: number;
  clockStable: boolean;
}

export function pressTime(press: TimedPress): { at: number; basis: 'stamp' | 'arrival' } {
  const rtt = Math.max(0, press.rttMs);
  if (!press.clockStable || !Number.isFinite(press.stampedAt)) return { at: press.arrivedAt - rtt / 2, basis: 'arrival' };
  return { at: Math.min(press.arrivedAt, Math.max(press.arrivedAt - rtt - STAMP_SLACK_MS, press.stampedAt)), basis: 'stamp' };
}
