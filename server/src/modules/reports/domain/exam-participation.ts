/**
 * A unit's exams of a month, as the report states them. Statuses are the exams module's official
 * ones (exam-status.ts), after the make-up (补考) has replaced the first sitting's result for those
 * who took it.
 */
export type SittingStatus = 'upcoming' | 'open' | 'in_progress' | 'scoring' | 'submitted' | 'graded' | 'missed';

export interface PersonSitting {
  userId: string;
  displayName: string;
  unitName: string;
  status: SittingStatus;
  /** 0–100 once graded. */
  percent: number | null;
  passed: boolean | null;
  makeup: boolean;
  /** The exam's title, for a list over several exams. */
  exam?: string;
}

export const SCORE_BANDS = [
  { label: '<60', from: 0, to: 60 },
  { label: '60–69', from: 60, to: 70 },
  { label: '70–79', from: 70, to: 80 },
  { label: '80–89', from: 80, to: 90 },
  { label: '≥90', from: 90, to: Infinity },
] as const;

export interface ParticipationSummary {
  /** Assigned people whose window has opened (an upcoming sitting asks nothing of anyone yet). */
  expected: number;
  /** Of them, those who started or finished it (参考). */
  took: number;
  /** took ÷ expected; null when nobody was expected. */
  participationRate: number | null;
  /** Not taken: missed (缺考, the window closed) and open (not yet taken, the window still open). */
  absent: PersonSitting[];
  graded: number;
  passed: number;
  /** passed ÷ graded; null when nothing is graded yet. */
  passRate: number | null;
  /** Mean percentage over the graded (those who sat; a 缺考 is in the absent list, not averaged as 0). */
  average: number | null;
  /** How many graded percentages fall in each SCORE_BANDS band. */
  distribution: number[];
}

const TOOK: ReadonlySet<SittingStatus> = new Set(['in_progress', 'scoring', 'submitted', 'graded']);

export function participation(people: readonly PersonSitting[]): ParticipationSummary {
  const expected = people.filter((p) => p.status !== 'upcoming');
  const took = expected.filter((p) => TOOK.has(p.status));
  const graded = people.filter((p) => p.status === 'graded' && p.percent !== null);
  const passed = graded.filter((p) => p.passed === true);
  return {
    expected: expected.length,
    took: took.length,
    participationRate: expected.length ? took.length / expected.length : null,
    absent: expected.filter((p) => !TOOK.has(p.status)),
    graded: graded.length,
    passed: passed.length,
    passRate: graded.length ? passed.length / graded.length : null,
    average: graded.length ? graded.reduce((sum, p) => sum + p.percent!, 0) / graded.length : null,
    distribution: SCORE_BANDS.map((band) => graded.filter((p) => p.percent! >= band.from && p.percent! < band.to).length),
  };
}
