import type { BuzzRank } from './knowledge-events';
import type { Press } from './knowledge-state';
import { pressTime } from './press-time';
import type { BuzzerTiming } from './round-settings';

/**
 * Ranks the valid presses by when they happened (press-time.ts), one line per competitor (a team's
 * earliest press), ties by arrival then player id so a replay ranks alike; gaps are from the first.
 */
export function rankPresses(presses: Press[]): BuzzRank[] {
  const timed = presses
    .map((p) => ({ p, ...pressTime(p) }))
    .sort((a, b) => a.at - b.at || a.p.arrivedAt - b.p.arrivedAt || a.p.playerId.localeCompare(b.p.playerId));
  const seen = new Set<string>();
  const first = timed[0]?.at ?? 0;
  const ranking: BuzzRank[] = [];
  for (const { p, at, basis } of timed) {
    if (seen.has(p.competitorId)) continue;
    seen.add(p.competitorId);
    ranking.push({ playerId: p.playerId, competitorId: p.competitorId, pressedAt: at, basis, gapMs: Math.round(at - first) });
  }
  return ranking;
}

/**
 * When to stop collecting: `windowMs` after the first arrival, held open until a press made before the
 * current leader's by the slowest connected phone (its one-way delay, RTT/2, plus a margin) would have
 * arrived, and never past `maxWaitMs`. Without the hold a phone 150 ms slower than another loses to it
 * even when it pressed 30 ms earlier.
 */
export const SLOW_PHONE_MARGIN_MS = 30;

export function windowClosesAt(presses: Press[], timing: BuzzerTiming, slowestOneWayMs: number): number | null {
  if (presses.length === 0) return null;
  const firstArrival = Math.min(...presses.map((p) => p.arrivedAt));
  const leader = Math.min(...presses.map((p) => pressTime(p).at));
  const hold = leader + slowestOneWayMs + SLOW_PHONE_MARGIN_MS;
  return Math.min(firstArrival + timing.maxWaitMs, Math.max(firstArrival + timing.windowMs, hold));
}

/** The host says "open": the opening is announced `leadMs` ahead, so every phone can light up at that server time. */
export function openingAt(now: number, timing: BuzzerTiming): number {
  return now + timing.leadMs;
}
