import { addTallies, DEFAULT_EVIDENCE_MINIMUM, levelOf } from './competency-level';

const ANY = { items: 1, points: 0 };

describe('competency level', () => {
  it('is the share of points earned, with the gap to the target when below it', () => {
    expect(levelOf({ points: 6, maxPoints: 10, items: 5 }, 0.75)).toEqual({
      level: 0.6,
      target: 0.75,
      gap: 0.15,
      status: 'below',
      items: 5,
      pointsAtStake: 10,
    });
    expect(levelOf({ points: 15, maxPoints: 20, items: 10 }, 0.75)).toEqual({
      level: 0.75,
      target: 0.75,
      gap: 0,
      status: 'met',
      items: 10,
      pointsAtStake: 20,
    });
  });

  it('judges met or below exactly, as the database does, despite binary rounding', () => {
    expect(levelOf({ points: 0.57, maxPoints: 190, items: 1 }, 0.003, ANY).status).toBe('met');
    expect(levelOf({ points: 0.56, maxPoints: 190, items: 1 }, 0.003, ANY).status).toBe('below');
    expect(levelOf({ points: 2.1, maxPoints: 2.8, items: 1 }, 0.75, ANY).status).toBe('met');
  });

  it('says there is no evidence rather than a level of zero', () => {
    expect(levelOf(undefined, 0.75)).toEqual({ level: null, target: 0.75, gap: null, status: 'no_evidence', items: 0, pointsAtStake: 0 });
  });

  it('adds months together point by point, not by averaging their levels', () => {
    const total = addTallies(addTallies(undefined, { points: 1, maxPoints: 2, items: 1 }), { points: 9, maxPoints: 10, items: 5 });
    expect(levelOf(total, 0.75).level).toBeCloseTo(10 / 12, 4);
  });
});

describe('证据不足: no level on too little evidence', () => {
  it('defaults to five items and ten points per dimension in the window', () => {
    expect(DEFAULT_EVIDENCE_MINIMUM).toEqual({ items: 5, points: 10 });
  });

  it.each([
    [{ points: 4, maxPoints: 4, items: 4 }, 'insufficient'],
    [{ points: 9, maxPoints: 9, items: 9 }, 'insufficient'],
    [{ points: 10, maxPoints: 10, items: 5 }, 'met'],
    [{ points: 7, maxPoints: 10, items: 5 }, 'below'],
  ])('%j is %s', (tally, status) => {
    const level = levelOf(tally, 0.75);
    expect(level.status).toBe(status);
    expect(level.level === null).toBe(status === 'insufficient');
  });

  it('never shows a perfect score on a single question as a level', () => {
    expect(levelOf({ points: 2, maxPoints: 2, items: 1 }, 0.75)).toMatchObject({
      level: null,
      gap: null,
      status: 'insufficient',
      items: 1,
    });
  });

  it('follows a department that asks for more', () => {
    expect(levelOf({ points: 10, maxPoints: 10, items: 5 }, 0.75, { items: 10, points: 20 }).status).toBe('insufficient');
  });
});
