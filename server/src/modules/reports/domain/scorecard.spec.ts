import { examItem, itemScores, kpiItemScore, rankByScore, weightedScore } from './scorecard';
import { PLAN_WEIGHTS, SCORE_ITEMS, weightsProblem, weightsWith, type Weights } from './scorecard-weights';

const only = (weights: Partial<Weights>): Weights => Object.fromEntries(SCORE_ITEMS.map((i) => [i, weights[i] ?? 0])) as Weights;

describe('the 考核 weights', () => {
  it('default to the plan’s emphasis, adding up to 100, with nothing on the informational figures', () => {
    expect(Object.values(PLAN_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    expect(SCORE_ITEMS).not.toContain('quota_underused');
    expect(SCORE_ITEMS).not.toContain('guidance_coverage');
    expect(weightsProblem(SCORE_ITEMS.map((item) => ({ item, weight: PLAN_WEIGHTS[item] })))).toBeNull();
  });

  it('are refused unless they add up to exactly 100, whole, once per item', () => {
    const plan = SCORE_ITEMS.map((item) => ({ item: item, weight: PLAN_WEIGHTS[item] }));
    expect(weightsProblem(plan.map((w) => (w.item === 'exam' ? { ...w, weight: 30 } : w)))).toBe('各项权重之和须为 100，现为 110');
    expect(weightsProblem(plan.map((w) => (w.item === 'exam' ? { ...w, weight: 20.5 } : w)))).toMatch(/月度考试.*整数/);
    expect(weightsProblem([...plan, { item: 'quota_underused', weight: 0 }])).toMatch(/仅供参考，不计入考核/);
    expect(weightsProblem([...plan, { item: 'exam', weight: 0 }])).toMatch(/出现了两次/);
    expect(weightsProblem(plan.slice(1))).toMatch(/缺少考核项：月度考试/);
    expect(weightsProblem([...plan, { item: 'bogus', weight: 0 }])).toMatch(/未知的考核项/);
  });

  it('take the department’s where it set them and the plan’s for the rest', () => {
    expect(weightsWith(new Map([['exam', 40]])).exam).toBe(40);
    expect(weightsWith(new Map()).effective_guidance).toBe(15);
  });
});

describe('a person’s weighted score', () => {
  it('is met 100, missed 0, weighted by the department', () => {
    const items = itemScores(
      new Map([
        ['effective_guidance', 'met'],
        ['guidance_coverage_ytd', 'missed'],
      ]),
      [{ percent: 80, missed: false }],
    );
    // exam 80 × 20, met 100 × 15, missed 0 × 15 → (1600 + 1500) / 50
    expect(weightedScore(items, PLAN_WEIGHTS).score).toBe(62);
    expect(weightedScore(items, PLAN_WEIGHTS).weightCounted).toBe(50);
  });

  it('leaves out a KPI without data or without a target, and the informational ones, instead of counting them as missed', () => {
    expect(kpiItemScore('no_data')).toBeNull();
    expect(kpiItemScore('no_target')).toBeNull();
    expect(kpiItemScore('info')).toBeNull();
    const items = itemScores(
      new Map([
        ['personal_service', 'no_target'],
        ['quota_underused', 'info'],
        ['effective_guidance', 'met'],
      ]),
      [],
    );
    expect(weightedScore(items, PLAN_WEIGHTS).score).toBe(100);
  });

  it('has no score in a month with nothing imported and no exam (zero weight counted)', () => {
    expect(weightedScore(itemScores(new Map(), []), PLAN_WEIGHTS)).toEqual({ score: null, weightCounted: 0 });
  });

  it('gives weight 0 items no say, even when they have data', () => {
    const items = itemScores(new Map([['sales_volume', 'missed']]), [{ percent: 90, missed: false }]);
    expect(weightedScore(items, only({ exam: 100 })).score).toBe(90);
  });

  it('counts a missed exam as 0 and leaves an exam still open or being marked out', () => {
    expect(
      examItem([
        { percent: null, missed: true },
        { percent: 90, missed: false },
      ]).score,
    ).toBe(45);
    expect(examItem([{ percent: null, missed: false }])).toEqual({ item: 'exam', score: null, status: 'pending' });
    expect(examItem([])).toEqual({ item: 'exam', score: null, status: 'no_data' });
  });
});

describe('the ranking', () => {
  it('is by score, highest first; equal shown scores share a rank; no score, no rank', () => {
    const ranked = rankByScore([
      { name: 'a', score: 70 },
      { name: 'b', score: null },
      { name: 'c', score: 90.001 },
      { name: 'd', score: 89.996 },
      { name: 'e', score: 60 },
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['c', 1],
      ['d', 1],
      ['a', 3],
      ['e', 4],
      ['b', null],
    ]);
  });
});
