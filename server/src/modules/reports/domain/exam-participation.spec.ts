import { participation, type PersonSitting } from './exam-participation';

const person = (
  userId: string,
  status: PersonSitting['status'],
  percent: number | null = null,
  passed: boolean | null = null,
): PersonSitting => ({
  userId,
  displayName: userId,
  unitName: '城中一组',
  status,
  percent,
  passed,
  makeup: false,
});

describe('a month’s participation', () => {
  it('counts who took it among those whose window opened, lists the absent, and states pass rate, mean and bands of the graded', () => {
    const summary = participation([
      person('a', 'graded', 95, true),
      person('b', 'graded', 59.5, false),
      person('c', 'missed'),
      person('d', 'open'),
      person('e', 'upcoming'),
      person('f', 'submitted'),
      person('g', 'graded', 60, true),
    ]);
    expect(summary.expected).toBe(6);
    expect(summary.took).toBe(4);
    expect(summary.participationRate).toBeCloseTo(4 / 6);
    expect(summary.absent.map((p) => p.userId)).toEqual(['c', 'd']);
    expect(summary.passRate).toBeCloseTo(2 / 3);
    expect(summary.average).toBeCloseTo((95 + 59.5 + 60) / 3);
    expect(summary.distribution).toEqual([1, 1, 0, 0, 1]);
  });

  it('says nothing rather than 0 % when nobody was expected or nothing is graded', () => {
    const summary = participation([person('e', 'upcoming')]);
    expect(summary).toMatchObject({ expected: 0, participationRate: null, passRate: null, average: null, distribution: [0, 0, 0, 0, 0] });
  });
});
