/**
 * Months as the department counts them: calendar months in China Standard Time (UTC+8, no
 * daylight saving), stored as the first day ('2026-11-01') and written as '2026-11'.
 */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The month (first day, 'YYYY-MM-01') an instant falls in, in China Standard Time. */
export function monthOf(instant: Date): string {
  return `${new Date(instant.getTime() + CST_OFFSET_MS).toISOString().slice(0, 7)}-01`;
}

/** Reads '2026-11', '2026-11-01', '2026/11' or '2026年11月'; null when it is not a month. */
export function parseMonth(text: string): string | null {
  const match = /^\s*(\d{4})\s*(?:-|\/|\.|年)\s*(\d{1,2})\s*(?:月|(?:-|\/|\.)\s*0?1)?\s*$/.exec(text);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-01`;
}

/** The month n months after (or, with a negative n, before) the given one. */
export function addMonths(month: string, n: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The months from first to last inclusive, oldest first. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** 'YYYY-MM' for display and for API parameters. */
export function monthLabel(month: string): string {
  return month.slice(0, 7);
}
