import type { CompetencyDimension } from '../../../platform/vocabulary/competency-dimensions';
import { subjectOfKpi } from './kpi-subject-links';

/** A person's level in one subject as the competency record states it. */
export interface SubjectLevel {
  dimension: CompetencyDimension;
  level: number | null;
  target: number;
  gap: number | null;
  status: string;
}

/** A person's KPI this month as the kpi module states it. */
export interface KpiStanding {
  kpi: string;
  value: number | null;
  target: number | null;
  status: string;
}

/**
 * KPI statuses that ask nothing of the person: met, information only (使用偏少 is never a failure),
 * no target, no data. Any other status — missed, or behind the year's pace — is a KPI to coach on.
 */
const NOT_A_CONCERN = new Set(['met', 'info', 'no_target', 'no_data']);

export type SuggestedKind = 'practice' | 'training' | 'none';

export interface Suggestion {
  kind: SuggestedKind;
  dimension: CompetencyDimension | null;
  /** Why: the subject below target, or the KPI it serves. */
  reason: 'subject_below' | 'kpi_subject_below' | 'kpi_subject_unassessed' | 'nothing';
  kpi: string | null;
}

export interface MatrixRow {
  weakest: SubjectLevel[];
  unassessed: CompetencyDimension[];
  kpisOfConcern: KpiStanding[];
  suggestion: Suggestion;
}

const WEAKEST = 3;

/**
 * One customer manager's row of the coaching matrix: their weakest subjects (below target, widest
 * gap first), the subjects without enough evidence, the KPIs below target or behind pace, and what
 * to do first. A KPI of concern whose subject is weak asks for practice on that subject (the work
 * and the knowledge point the same way); one whose subject has no level asks for a training, since
 * practice cannot be aimed yet; otherwise the weakest subject gets practice.
 */
export function matrixRow(levels: SubjectLevel[], kpis: KpiStanding[]): MatrixRow {
  const below = levels
    .map((l, index) => ({ l, index }))
    .filter(({ l }) => l.status === 'below')
    .sort((a, b) => (b.l.gap ?? 0) - (a.l.gap ?? 0) || a.index - b.index)
    .map(({ l }) => l);
  const unassessed = levels.filter((l) => l.level === null).map((l) => l.dimension);
  const kpisOfConcern = kpis.filter((k) => !NOT_A_CONCERN.has(k.status));
  return { weakest: below.slice(0, WEAKEST), unassessed, kpisOfConcern, suggestion: suggest(below, unassessed, kpisOfConcern) };
}

function suggest(below: SubjectLevel[], unassessed: CompetencyDimension[], kpis: KpiStanding[]): Suggestion {
  for (const k of kpis) {
    const subject = subjectOfKpi(k.kpi);
    if (subject && below.some((b) => b.dimension === subject))
      return { kind: 'practice', dimension: subject, reason: 'kpi_subject_below', kpi: k.kpi };
  }
  for (const k of kpis) {
    const subject = subjectOfKpi(k.kpi);
    if (subject && unassessed.includes(subject))
      return { kind: 'training', dimension: subject, reason: 'kpi_subject_unassessed', kpi: k.kpi };
  }
  if (below.length) return { kind: 'practice', dimension: below[0].dimension, reason: 'subject_below', kpi: null };
  return { kind: 'none', dimension: null, reason: 'nothing', kpi: null };
}
