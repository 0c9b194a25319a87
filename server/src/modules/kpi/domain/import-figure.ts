import type { Issue } from '../../../platform/errors/issue-catalogue';
import { KpiIssues } from './kpi-issues';

/** The largest figure numeric(14, 2) holds. */
export const MAX_FIGURE = 999_999_999_999.99;

/**
 * Reads a figure typed into a spreadsheet or CSV: a plain decimal, optionally with thousands
 * separators, at most two decimal places, never negative. A value from an Excel formula may carry
 * binary noise (0.1 + 0.2 = 0.30000000000000004); it is read as the two-decimal value Excel shows.
 */
export function parseFigure(text: string): { value: number } | { problem: Issue } {
  const t = text.trim();
  if (t === '') return { problem: KpiIssues['kpi.row.empty']() };
  if (!/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(t)) return { problem: KpiIssues['kpi.row.notANumber']({ text: t }) };
  const value = Number(t.replace(/,/g, ''));
  if (!Number.isFinite(value)) return { problem: KpiIssues['kpi.row.notANumber']({ text: t }) };
  if (value < 0) return { problem: KpiIssues['kpi.row.negative']() };
  const cents = Math.round(value * 100);
  if (Math.abs(value * 100 - cents) > 1e-6 * Math.max(1, Math.abs(value))) return { problem: KpiIssues['kpi.row.tooManyDecimals']() };
  if (cents / 100 > MAX_FIGURE) return { problem: KpiIssues['kpi.row.tooLarge']() };
  return { value: cents / 100 };
}
