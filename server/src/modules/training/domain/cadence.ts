import { monthOf } from '../../../platform/calendar/month';

/** One event of a unit's month: a training session, or an exam (a sitting, or a session in the 考试 form). */
export interface CalendarEvent {
  kind: 'training' | 'exam';
  startsAt: Date;
}

export type CadenceProblem = 'missing' | 'tooMany';

export interface Cadence {
  trainings: number;
  exams: number;
  ok: boolean;
  /** `missing`: no training or no exam this month; `tooMany`: more than two of either. */
  problem: CadenceProblem | null;
}

/** The plan asks for 1–2 trainings with exams each month (每月组织1-2次的营销人员培训和考试). */
export const CADENCE_MAX = 2;

/**
 * The month's cadence, counted in China Standard Time: an event at 23:30 on the 31st in Beijing is
 * the month's, one at 00:00 on the 1st belongs to the next. Events outside the month are ignored.
 */
export function cadenceOf(events: readonly CalendarEvent[], month: string): Cadence {
  const inMonth = events.filter((e) => monthOf(e.startsAt) === month);
  const trainings = inMonth.filter((e) => e.kind === 'training').length;
  const exams = inMonth.filter((e) => e.kind === 'exam').length;
  const problem: CadenceProblem | null =
    trainings === 0 || exams === 0 ? 'missing' : trainings > CADENCE_MAX || exams > CADENCE_MAX ? 'tooMany' : null;
  return { trainings, exams, ok: problem === null, problem };
}

/** [from, to) of a month ('YYYY-MM-01') in China Standard Time, as instants. */
export function monthBounds(month: string): { from: Date; to: Date } {
  const [year, m] = month.split('-').map(Number);
  const from = new Date(Date.UTC(year, m - 1, 1) - 8 * 3600_000);
  const to = new Date(Date.UTC(year, m, 1) - 8 * 3600_000);
  return { from, to };
}
