import { DEFAULT_OVERRUN, overrunPenalty } from './overrun';

describe('the overrun penalty', () => {
  const rule = { limitSeconds: 300, graceSeconds: 15, stepSeconds: 30, pointsPerStep: 1, maxPenalty: 3 };

  it('costs nothing within the limit and its grace', () => {
    expect(overrunPenalty(rule, 290)).toBe(0);
    expect(overrunPenalty(rule, 315)).toBe(0);
  });

  it('costs a point for each started 30 s beyond the grace, up to the cap', () => {
    expect(overrunPenalty(rule, 316)).toBe(1); // 1 s over the grace: one started step
    expect(overrunPenalty(rule, 345)).toBe(1); // exactly 30 s over
    expect(overrunPenalty(rule, 346)).toBe(2);
    expect(overrunPenalty(rule, 600)).toBe(3); // ten steps, capped at 3
    expect(overrunPenalty({ ...rule, maxPenalty: null }, 600)).toBe(10);
  });

  it('costs nothing without a limit or a time', () => {
    expect(overrunPenalty(DEFAULT_OVERRUN, 900)).toBe(0);
    expect(overrunPenalty(rule, null)).toBe(0);
  });
});
