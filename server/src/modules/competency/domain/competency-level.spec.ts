import { addTallies, levelOf } from './competency-level';

describe('competency level', () => {
  it('is the share of points earned, with the gap to the target when below it', () => {
    expect(levelOf({ points: 6, maxPoints: 10, items: 5 }, 0.75)).toEqual({
      level: 0.6,
      target: 0.75,
      gap: 0.15,
      status: 'below',
      items: 5,
    });
    expect(levelOf({ points: 15, maxPoints: 20, items: 10 }, 0.75)).toEqual({
      level: 0.75,
      target: 0.75,
      gap: 0,
      status: 'met',
      items: 10,
    });
  });

  it('judges met or below exactly, as the database does, despite binary rounding', () => {
    expect(levelOf({ points: 0.57, maxPoints: 190, items: 1 }, 0.003).status).toBe('met');
    expect(levelOf({ points: 0.56, maxPoints: 190, items: 1 }, 0.003).status).toBe('below');
    expect(levelOf({ points: 2.1, maxPoints: 2.8, items: 1 }, 0.75).status).toBe('met');
  });

  it('says there is no evidence rather than a level of zero', () => {
    expect(levelOf(undefined, 0.75)).toEqual({ level: null, target: 0.75, gap: null, status: 'no_evidence', items: 0 });
  });

  it('adds months together point by point, not by averaging their levels', () => {
    const total = addTallies(addTallies(undefined, { points: 1, maxPoints: 2, items: 1 }), { points: 9, maxPoints: 10, items: 5 });
    expect(levelOf(total, 0.75).level).toBeCloseTo(10 / 12, 4);
  });
});
