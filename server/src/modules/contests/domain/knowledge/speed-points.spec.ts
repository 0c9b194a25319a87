import { ROUND_PRESETS } from './round-presets';
import { speedPoints, streakBonus } from './speed-points';

const speed = ROUND_PRESETS.speed;

describe('速答 points', () => {
  it('gives full points at once, half at the deadline, and in between by time used (golden)', () => {
    expect([0, 5_000, 10_000, 15_000, 20_000, 25_000].map((ms) => speedPoints(speed, ms))).toEqual([100, 88, 75, 63, 50, 50]);
  });

  it('always gives a correct answer more than a wrong one, however slow', () => {
    for (const share of [0, 0.5, 0.9, 0.999]) {
      const s = { ...speed, speedShare: share };
      for (let ms = 0; ms <= s.answerMs; ms += 997) expect(speedPoints(s, ms)).toBeGreaterThan(s.wrong);
    }
  });

  it('gives the same points at any speed when the speed component is off', () => {
    expect([0, 19_999].map((ms) => speedPoints(ROUND_PRESETS.speedFlat, ms))).toEqual([10, 10]);
  });

  it('adds the streak bonus from the second correct answer in a row, up to its cap', () => {
    const s = { ...speed, streakBonus: 10, streakCap: 2 };
    expect([1, 2, 3, 4].map((n) => streakBonus(s, n))).toEqual([0, 10, 20, 20]);
  });
});
