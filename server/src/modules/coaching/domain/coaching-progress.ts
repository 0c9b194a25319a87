/**
 * Whether a coaching action moved the work: the subject's level and the KPI's value when it was
 * assigned against now. `unknown` when either end is missing (no level yet, no KPI figures) —
 * never read as no change. Changes under one point (0.01) are `same`: one question more or less.
 */
export type Movement = 'up' | 'down' | 'same' | 'unknown';

export const MOVEMENT_THRESHOLD = 0.01;

export function movement(before: number | null, after: number | null, threshold = MOVEMENT_THRESHOLD): Movement {
  if (before === null || after === null) return 'unknown';
  const change = after - before;
  if (Math.abs(change) < threshold) return 'same';
  return change > 0 ? 'up' : 'down';
}

/** The last day of a due date passed (dates are 'YYYY-MM-DD' in China; `today` likewise). */
export function isOverdue(dueOn: string, today: string, status: 'open' | 'closed'): boolean {
  return status === 'open' && dueOn < today;
}
