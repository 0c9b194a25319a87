import { matrixRow, type SubjectLevel } from './coaching-matrix';
import { isOverdue, movement } from './coaching-progress';

const level = (dimension: SubjectLevel['dimension'], value: number | null, target = 0.75): SubjectLevel => ({
  dimension,
  level: value,
  target,
  gap: value === null ? null : Math.max(0, target - value),
  status: value === null ? 'insufficient' : value >= target ? 'met' : 'below',
});

describe('a row of the coaching matrix', () => {
  const levels = [
    level('法律法规', 0.5),
    level('日常业务', 0.7),
    level('供货政策', null),
    level('营销知识', 0.9),
    level('V3系统操作', 0.6),
  ];

  it('lists the weakest subjects widest gap first, and those without a level apart', () => {
    const row = matrixRow(levels, []);
    expect(row.weakest.map((w) => w.dimension)).toEqual(['法律法规', 'V3系统操作', '日常业务']);
    expect(row.unassessed).toEqual(['供货政策']);
    expect(row.suggestion).toEqual({ kind: 'practice', dimension: '法律法规', reason: 'subject_below', kpi: null });
  });

  it('aims practice at the subject behind a KPI below target when that subject is weak', () => {
    const row = matrixRow(levels, [
      { kpi: 'guidance_coverage_ytd', value: 0.3, target: 0.6, status: 'missed' },
      { kpi: 'sales_volume', value: 900, target: 1000, status: 'met' },
    ]);
    expect(row.kpisOfConcern.map((k) => k.kpi)).toEqual(['guidance_coverage_ytd']);
    expect(row.suggestion).toEqual({ kind: 'practice', dimension: '日常业务', reason: 'kpi_subject_below', kpi: 'guidance_coverage_ytd' });
  });

  it('asks for a training when the KPI’s subject has no level to aim practice at', () => {
    const row = matrixRow(levels, [{ kpi: 'awareness', value: 0.4, target: 0.8, status: 'missed' }]);
    expect(row.suggestion).toEqual({ kind: 'training', dimension: '供货政策', reason: 'kpi_subject_unassessed', kpi: 'awareness' });
  });

  it('never counts information-only figures, such as a quota used little, as a concern', () => {
    const row = matrixRow(
      [level('法律法规', 0.9)],
      [
        { kpi: 'quota_underused', value: 0.2, target: null, status: 'info' },
        { kpi: 'forecast_accuracy', value: null, target: 0.8, status: 'no_data' },
      ],
    );
    expect(row.kpisOfConcern).toEqual([]);
    expect(row.suggestion.kind).toBe('none');
  });

  it('treats a status it does not know, such as behind pace, as a concern', () => {
    expect(matrixRow([], [{ kpi: 'guidance_coverage_ytd', value: 0.2, target: 0.6, status: 'behind_pace' }]).kpisOfConcern).toHaveLength(1);
  });
});

describe('before and after a coaching action', () => {
  it.each([
    [0.5, 0.62, 'up'],
    [0.5, 0.42, 'down'],
    [0.5, 0.505, 'same'],
    [null, 0.7, 'unknown'],
    [0.5, null, 'unknown'],
  ] as const)('%s → %s is %s', (before, after, expected) => {
    expect(movement(before, after)).toBe(expected);
  });

  it('is overdue only while open and past its day', () => {
    expect(isOverdue('2026-11-30', '2026-12-01', 'open')).toBe(true);
    expect(isOverdue('2026-11-30', '2026-11-30', 'open')).toBe(false);
    expect(isOverdue('2026-11-30', '2026-12-01', 'closed')).toBe(false);
  });
});
