import type { Issue } from '../../../platform/errors/issue-catalogue';
import { KpiIssues } from './kpi-issues';
import { normaliseUsername } from '../../identity/domain/username';
import { parseFigure } from './import-figure';
import { KPI_DEFINITIONS, RATIO_KPIS, ratioKpiNamed, type RatioKpi } from './kpi-definitions';
import { parseMonth } from '../../../platform/calendar/month';

export type KpiImportKind = 'ratios' | 'forecasts';

/** Column headers of each import sheet, in template order. */
export const KPI_IMPORT_COLUMNS = {
  ratios: { username: '用户名', month: '月份', kpi: '指标', numerator: '分子', denominator: '分母', verified: '核实的指导次数' },
  forecasts: { username: '用户名', month: '月份', brand: '品牌', keyBrand: '全国重点品牌', forecast: '预测量', actual: '实际量' },
} as const;

/** A year of monthly figures for a county's customer managers fits many times over. */
export const MAX_KPI_IMPORT_ROWS = 50_000;

const MAX_BRAND_LENGTH = 64;

export interface KpiSheetRow {
  /** 1-based row (or CSV line) number, header included, as the user sees it. */
  row: number;
  /** Cell texts keyed by column header. */
  values: Record<string, string>;
}

export interface KpiImportError {
  row: number;
  field: string;
  code?: string;
  params?: Issue['params'];
  message: string;
}

export interface KpiImportContext {
  /** The id of a user the importer may write figures for; null when unknown or out of scope (the message does not say which). */
  userIdOf(username: string): string | null;
  /** 'YYYY-MM-01': figures for a later month cannot exist yet. */
  currentMonth: string;
}

interface FigureRecord {
  row: number;
  userId: string;
  /** 'YYYY-MM-01'. */
  month: string;
}

export interface RatioRecord extends FigureRecord {
  kpi: RatioKpi;
  numerator: number;
  denominator: number;
}

export interface ForecastRecord extends FigureRecord {
  brand: string;
  keyBrand: boolean;
  forecast: number;
  actual: number;
}

export interface CheckedRows<T> {
  records: T[];
  errors: KpiImportError[];
}

/** Columns only some rows use: a file without them is still read, and rows that need them say so. */
const OPTIONAL_COLUMNS: readonly string[] = [KPI_IMPORT_COLUMNS.ratios.verified];

export function missingColumns(kind: KpiImportKind, headers: readonly string[]): string[] {
  return Object.values(KPI_IMPORT_COLUMNS[kind]).filter((header) => !OPTIONAL_COLUMNS.includes(header) && !headers.includes(header));
}

/**
 * 有效指导率 is verified-effective ÷ verified (market managers check a sample on site; an
 * unverified case is not an ineffective one). Its row's 分子 is the cases verified effective and
 * 分母 all guidance cases, as before; 核实的指导次数 carries the verified count, which becomes the
 * stored denominator. Zero verified is allowed and gives no rate, not 0 %.
 */
function effectiveGuidance(
  cells: RowReader,
  columns: typeof KPI_IMPORT_COLUMNS.ratios,
  hasVerifiedColumn: boolean,
  numerator: number | null,
  cases: number | null,
): number | null {
  if (!hasVerifiedColumn) {
    cells.fail(columns.verified, KpiIssues['kpi.row.verifiedColumnMissing']({ column: columns.verified }));
    return null;
  }
  const verified = cells.figure(columns.verified);
  if (verified === null) return null;
  if (cases !== null && verified > cases) cells.fail(columns.verified, KpiIssues['kpi.row.verifiedOverCases']({ verified, cases }));
  else if (numerator !== null && (cases === null || numerator <= cases) && numerator > verified)
    cells.fail(columns.numerator, KpiIssues['kpi.row.effectiveOverVerified']({ numerator, verified }));
  return verified;
}

/** Checks every row of a ratios sheet and collects every problem, so the sheet can be fixed in one go. */
export function checkRatioRows(
  rows: KpiSheetRow[],
  context: KpiImportContext,
  headers: readonly string[] = [...new Set(rows.flatMap((r) => Object.keys(r.values)))],
): CheckedRows<RatioRecord> {
  const columns = KPI_IMPORT_COLUMNS.ratios;
  const hasVerifiedColumn = headers.includes(columns.verified);
  const records: RatioRecord[] = [];
  const errors: KpiImportError[] = [];
  const seen = new Map<string, number>();
  for (const sheetRow of rows) {
    const cells = new RowReader(sheetRow, errors);
    const person = cells.person(columns.username, context);
    const month = cells.month(columns.month, context.currentMonth);
    const kpiText = cells.text(columns.kpi);
    const kpi = kpiText ? ratioKpiNamed(kpiText) : null;
    if (!kpiText) cells.fail(columns.kpi, KpiIssues['kpi.row.empty']());
    else if (!kpi)
      cells.fail(
        columns.kpi,
        KpiIssues['kpi.row.kpiUnknown']({ text: kpiText, known: RATIO_KPIS.map((code) => KPI_DEFINITIONS[code].name).join('、') }),
      );
    const numerator = cells.figure(columns.numerator);
    const denominator = cells.figure(columns.denominator);
    if (denominator === 0) cells.fail(columns.denominator, KpiIssues['kpi.row.denominatorZero']());
    if (kpi && numerator !== null && denominator && KPI_DEFINITIONS[kpi].kind === 'share' && numerator > denominator) {
      cells.fail(columns.numerator, KpiIssues['kpi.row.shareOverWhole']({ kpi: KPI_DEFINITIONS[kpi].name, numerator, denominator }));
    }
    let stored = denominator;
    if (kpi === 'effective_guidance') stored = effectiveGuidance(cells, columns, hasVerifiedColumn, numerator, denominator);
    else if (cells.text(columns.verified)) cells.fail(columns.verified, KpiIssues['kpi.row.verifiedNotApplicable']());
    if (person && month && kpi)
      cells.unique(seen, `${person.username}\u0000${month}\u0000${kpi}`, columns.kpi, KpiIssues['kpi.row.ratioRepeated']);
    if (cells.ok && person && month && kpi && numerator !== null && denominator && stored !== null) {
      records.push({ row: sheetRow.row, userId: person.userId, month, kpi, numerator, denominator: stored });
    }
  }
  return { records, errors };
}

/** Checks every row of a forecasts sheet: one brand's forecast and actual volume per person and month. */
export function checkForecastRows(rows: KpiSheetRow[], context: KpiImportContext): CheckedRows<ForecastRecord> {
  const columns = KPI_IMPORT_COLUMNS.forecasts;
  const records: ForecastRecord[] = [];
  const errors: KpiImportError[] = [];
  const seen = new Map<string, number>();
  for (const sheetRow of rows) {
    const cells = new RowReader(sheetRow, errors);
    const person = cells.person(columns.username, context);
    const month = cells.month(columns.month, context.currentMonth);
    const brand = cells.text(columns.brand).replace(/\s+/g, ' ');
    if (!brand) cells.fail(columns.brand, KpiIssues['kpi.row.empty']());
    else if (brand.length > MAX_BRAND_LENGTH) cells.fail(columns.brand, KpiIssues['kpi.row.brandTooLong']({ max: MAX_BRAND_LENGTH }));
    const keyBrand = parseYesNo(cells.text(columns.keyBrand));
    if (keyBrand === null) cells.fail(columns.keyBrand, KpiIssues['kpi.row.yesNoUnknown']({ text: cells.text(columns.keyBrand) }));
    const forecast = cells.figure(columns.forecast);
    const actual = cells.figure(columns.actual);
    if (actual === 0) cells.fail(columns.actual, KpiIssues['kpi.row.actualZero']());
    if (person && month && brand)
      cells.unique(seen, `${person.username}\u0000${month}\u0000${brand}`, columns.brand, KpiIssues['kpi.row.forecastRepeated']);
    if (cells.ok && person && month && brand && keyBrand !== null && forecast !== null && actual) {
      records.push({ row: sheetRow.row, userId: person.userId, month, brand, keyBrand, forecast, actual });
    }
  }
  return { records, errors };
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓']);
const NO = new Set(['否', '', 'n', 'no', 'false', '0', '×']);

/** 是/否, Y/N, yes/no, true/false, 1/0; an empty cell is 否. Null when it is none of them. */
export function parseYesNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return null;
}

/** Reads one row's cells, recording each problem as 「第 n 行 列：…」 so a message stands on its own. */
class RowReader {
  ok = true;

  constructor(
    private readonly sheetRow: KpiSheetRow,
    private readonly errors: KpiImportError[],
  ) {}

  fail(field: string, problem: Issue): void {
    this.ok = false;
    const { code, params, message } = problem;
    this.errors.push({
      row: this.sheetRow.row,
      field,
      code,
      ...(params && { params }),
      message: `第 ${this.sheetRow.row} 行 ${field}：${message}`,
    });
  }

  text(field: string): string {
    return (this.sheetRow.values[field] ?? '').trim();
  }

  person(field: string, context: KpiImportContext): { username: string; userId: string } | null {
    const username = normaliseUsername(this.text(field));
    if (!username) {
      this.fail(field, KpiIssues['kpi.row.empty']());
      return null;
    }
    const userId = context.userIdOf(username);
    if (!userId) {
      this.fail(field, KpiIssues['kpi.row.userUnknown']({ username }));
      return null;
    }
    return { username, userId };
  }

  month(field: string, currentMonth: string): string | null {
    const text = this.text(field);
    const month = text ? parseMonth(text) : null;
    if (!text) this.fail(field, KpiIssues['kpi.row.empty']());
    else if (!month) this.fail(field, KpiIssues['kpi.row.notAMonth']({ text }));
    else if (month > currentMonth) this.fail(field, KpiIssues['kpi.row.futureMonth']({ month: month.slice(0, 7) }));
    else return month;
    return null;
  }

  figure(field: string): number | null {
    const figure = parseFigure(this.text(field));
    if ('problem' in figure) {
      this.fail(field, figure.problem);
      return null;
    }
    return figure.value;
  }

  /** A second row for the same key names the first, so either can be removed. */
  unique(seen: Map<string, number>, key: string, field: string, repeated: (params: { first: number }) => Issue): void {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, this.sheetRow.row);
    else this.fail(field, repeated({ first }));
  }
}
