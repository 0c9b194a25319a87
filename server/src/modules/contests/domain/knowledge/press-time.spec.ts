import { isClockStable, pressTime, STAMP_SLACK_MS } from './press-time';

describe('press time', () => {
  it('takes a stable phone at its own stamp', () => {
    expect(pressTime({ arrivedAt: 10_080, stampedAt: 10_000, rttMs: 160, clockStable: true })).toEqual({ at: 10_000, basis: 'stamp' });
  });

  it('places an unstable phone at arrival − RTT/2', () => {
    expect(pressTime({ arrivedAt: 10_080, stampedAt: 9_000, rttMs: 160, clockStable: false })).toEqual({ at: 10_000, basis: 'arrival' });
  });

  it('does not believe a stamp after the arrival, or earlier than the round trip allows', () => {
    expect(pressTime({ arrivedAt: 10_080, stampedAt: 10_500, rttMs: 160, clockStable: true }).at).toBe(10_080);
    expect(pressTime({ arrivedAt: 10_080, stampedAt: 5_000, rttMs: 160, clockStable: true }).at).toBe(10_080 - 160 - STAMP_SLACK_MS);
  });

  it('calls a clock stable with enough samples that agree, unstable otherwise', () => {
    expect(isClockStable({ samples: 5, spreadMs: 8, rttMs: 90 })).toBe(true);
    expect(isClockStable({ samples: 3, spreadMs: 2, rttMs: 90 })).toBe(false);
    expect(isClockStable({ samples: 8, spreadMs: 45, rttMs: 90 })).toBe(false);
  });
});
