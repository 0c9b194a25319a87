import { addMonths, monthRange } from '../../../platform/calendar/month';
import { CURRENT_WINDOW_MONTHS } from './competency-level';

/** A person whose evidence changed in a month ('YYYY-MM-01'). */
export interface ChangedMonth {
  userId: string;
  month: string;
}

/** A person's window of months, from `first` to `month` inclusive. */
export interface PersonWindow {
  userId: string;
  month: string;
  first: string;
}

/** The first month of the window whose current level is judged at `last`. */
export function windowStart(last: string): string {
  return addMonths(last, -(CURRENT_WINDOW_MONTHS - 1));
}

/** The windows whose sums change when evidence in `month` changes: the ones ending in it and after it. */
export function windowsCovering(month: string): string[] {
  return monthRange(month, addMonths(month, CURRENT_WINDOW_MONTHS - 1));
}

/** Every window the changes touch, once each. */
export function windowsTouchedBy(changes: ChangedMonth[]): PersonWindow[] {
  const windows = new Map<string, PersonWindow>();
  for (const { userId, month } of changes) {
    for (const last of windowsCovering(month)) windows.set(`${userId}|${last}`, { userId, month: last, first: windowStart(last) });
  }
  return [...windows.values()];
}
