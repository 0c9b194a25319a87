import { countedAttempts, sittingScore, type AttemptGradingMethod } from './attempt-grading-method';

// Three attempts at one sitting, in attempt order; the second is still waiting for its essay mark.
const attempts = [
  { attemptId: 'a1', score: 70 },
  { attemptId: 'a2', score: null },
  { attemptId: 'a3', score: 55 },
  { attemptId: 'a4', score: 70 },
];

const golden: Array<{ method: AttemptGradingMethod; counted: Array<[string, number]>; score: number }> = [
  { method: 'highest', counted: [['a1', 1]], score: 70 },
  { method: 'last', counted: [['a4', 1]], score: 70 },
  { method: 'first', counted: [['a1', 1]], score: 70 },
  {
    method: 'average',
    counted: [
      ['a1', 1 / 3],
      ['a3', 1 / 3],
      ['a4', 1 / 3],
    ],
    score: 65,
  },
];

describe('the attempts a sitting score counts', () => {
  it.each(golden)('$method: counts exactly the attempts behind the official score', ({ method, counted, score }) => {
    const got = countedAttempts(method, attempts);
    expect(got.map((c) => [c.attemptId, c.share])).toEqual(counted);
    const scores = new Map(attempts.map((a) => [a.attemptId, a.score ?? 0]));
    const weighted = got.reduce((sum, c) => sum + c.share * scores.get(c.attemptId)!, 0);
    expect(weighted).toBeCloseTo(score, 9);
    expect(
      sittingScore(
        method,
        attempts.map((a) => a.score),
      ),
    ).toBeCloseTo(weighted, 3);
  });

  it('counts the earliest of equal highest scores, and nothing while no attempt is graded', () => {
    expect(
      countedAttempts('highest', [
        { attemptId: 'x', score: 5 },
        { attemptId: 'y', score: 5 },
      ]),
    ).toEqual([{ attemptId: 'x', share: 1 }]);
    expect(countedAttempts('average', [{ attemptId: 'x', score: null }])).toEqual([]);
  });
});
