import { dimensionLevels, gapsOf, personRecord, recordStart, unassessedOf } from './competency-record';
import { targetLevels } from './competency-targets';

const targets = targetLevels(new Map([['法律法规', 0.8]]));
const ANY = { items: 1, points: 0 };

describe("a person's competency record", () => {
  const rows = [
    { month: '2026-08-01', dimension: '法律法规', points: 10, maxPoints: 10, items: 2 },
    { month: '2026-09-01', dimension: '法律法规', points: 2, maxPoints: 10, items: 2 },
    { month: '2026-11-01', dimension: '法律法规', points: 18, maxPoints: 20, items: 4 },
    { month: '2026-11-01', dimension: 'V3系统操作', points: 3, maxPoints: 5, items: 1 },
  ];

  it('judges the current level on the points of the last three months pooled', () => {
    const { current } = personRecord(rows, '2026-11-01', 12, targets, ANY);
    expect(current).toHaveLength(8);
    expect(current.find((d) => d.dimension === '法律法规')).toEqual({
      dimension: '法律法规',
      level: 0.6667,
      target: 0.8,
      gap: 0.1333,
      status: 'below',
      items: 6,
      pointsAtStake: 30,
    });
    expect(current.find((d) => d.dimension === 'V3系统操作')).toMatchObject({ level: 0.6, target: 0.75, status: 'below' });
    expect(current.find((d) => d.dimension === '营销知识')).toMatchObject({ level: null, status: 'no_evidence' });
  });

  it('shows each month on its own, oldest first, every dimension every month', () => {
    const { history } = personRecord(rows, '2026-11-01', 4, targets, ANY);
    expect(history.map((h) => h.month)).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    expect(history.every((h) => h.dimensions.length === 8)).toBe(true);
    expect(history[0].dimensions.find((d) => d.dimension === '法律法规')).toMatchObject({ level: 1, status: 'met' });
    expect(history[2].dimensions.every((d) => d.status === 'no_evidence')).toBe(true);
  });

  it('reads back far enough for both the history and the current window', () => {
    expect(recordStart('2026-11-01', 12)).toBe('2025-12-01');
    expect(recordStart('2026-11-01', 1)).toBe('2026-09-01');
  });

  it('counts the dimensions below target as gaps', () => {
    const levels = dimensionLevels(
      [
        { dimension: '法律法规', points: 1, maxPoints: 2, items: 1 },
        { dimension: '日常业务', points: 2, maxPoints: 2, items: 1 },
      ],
      targets,
      ANY,
    );
    expect(gapsOf(levels)).toBe(1);
  });

  it('puts someone who skipped every quiz among those to look at first, never above someone at 70 %', () => {
    const skipped = dimensionLevels([], targets);
    const at70 = dimensionLevels([{ dimension: '法律法规', points: 14, maxPoints: 20, items: 10 }], targets);
    expect(skipped.every((d) => d.level === null)).toBe(true);
    expect(gapsOf(skipped) + unassessedOf(skipped)).toBe(8);
    expect(gapsOf(at70) + unassessedOf(at70)).toBe(8);
    expect(at70.find((d) => d.dimension === '法律法规')).toMatchObject({ level: 0.7, status: 'below' });
  });

  it('shows 证据不足 in the current window when the months together hold too little', () => {
    const { current } = personRecord(rows, '2026-11-01', 3, targets);
    expect(current.find((d) => d.dimension === 'V3系统操作')).toMatchObject({ level: null, status: 'insufficient', items: 1 });
    expect(current.find((d) => d.dimension === '法律法规')).toMatchObject({ status: 'below', items: 6 });
  });
});
