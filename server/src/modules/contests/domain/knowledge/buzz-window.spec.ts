import { openingAt, rankPresses, SLOW_PHONE_MARGIN_MS, windowClosesAt } from './buzz-window';
import type { Press } from './knowledge-state';
import { DEFAULT_BUZZER_TIMING } from './round-presets';

const p = (playerId: string, competitorId: string, stampedAt: number, arrivedAt: number, rttMs = 100, clockStable = true): Press => ({
  playerId,
  competitorId,
  stampedAt,
  arrivedAt,
  rttMs,
  clockStable,
});

describe('buzz ranking', () => {
  it('ranks by press time, not arrival, and gives each gap behind the first in ms (golden)', () => {
    const ranking = rankPresses([p('b1', 'B', 1_030, 1_050, 40), p('a1', 'A', 1_000, 1_200, 400), p('c1', 'C', 1_075, 1_100, 50, false)]);
    expect(ranking).toEqual([
      { playerId: 'a1', competitorId: 'A', pressedAt: 1_000, basis: 'stamp', gapMs: 0 },
      { playerId: 'b1', competitorId: 'B', pressedAt: 1_030, basis: 'stamp', gapMs: 30 },
      { playerId: 'c1', competitorId: 'C', pressedAt: 1_075, basis: 'arrival', gapMs: 75 },
    ]);
  });

  it('lists a team once, at its earliest press', () => {
    expect(
      rankPresses([p('a2', 'A', 1_040, 1_060), p('b1', 'B', 1_020, 1_040), p('a1', 'A', 1_010, 1_090)]).map((r) => r.playerId),
    ).toEqual(['a1', 'b1']);
  });

  it('orders equal press times by arrival, then player, the same on every replay', () => {
    expect(rankPresses([p('y', 'Y', 1_000, 1_060), p('x', 'X', 1_000, 1_060), p('w', 'W', 1_000, 1_050)]).map((r) => r.playerId)).toEqual([
      'w',
      'x',
      'y',
    ]);
  });
});

describe('buzz window', () => {
  const timing = DEFAULT_BUZZER_TIMING;

  it('announces the opening 250 ms ahead', () => {
    expect(openingAt(10_000, timing)).toBe(10_250);
  });

  it('stays shut until the first press arrives', () => {
    expect(windowClosesAt([], timing, 100)).toBeNull();
  });

  it('closes 100 ms after the first arrival when every phone is quick', () => {
    expect(windowClosesAt([p('a1', 'A', 1_000, 1_020, 40)], timing, 20)).toBe(1_120);
  });

  it('waits for the slowest phone to be heard from, up to the longest wait', () => {
    expect(windowClosesAt([p('a1', 'A', 1_000, 1_020, 40)], timing, 150)).toBe(1_000 + 150 + SLOW_PHONE_MARGIN_MS);
    expect(windowClosesAt([p('a1', 'A', 1_000, 1_020, 40)], timing, 2_000)).toBe(1_020 + timing.maxWaitMs);
  });
});
