import ExcelJS from 'exceljs';

/**
 * The one way the product writes spreadsheets: numbers stay numbers (exact, for sorting and sums)
 * with a number format that shows at most two decimals, shares are fractions in a percent format,
 * times are real Excel dates showing the wall clock in Asia/Shanghai (Excel dates have no zone), and
 * text is guarded against formula injection.
 */
export type XlsxKind = 'text' | 'number' | 'percent' | 'datetime' | 'date';

export interface XlsxColumn {
  header: string;
  /** How numbers and dates of this column are shown; by default from each value (number, Date → datetime, text). */
  kind?: XlsxKind;
  width?: number;
}

/** A value; `{ kind, value }` sets the kind of one cell (a summary row mixing shares and amounts). */
export type XlsxValue = string | number | Date | null | { kind: XlsxKind; value: string | number | Date | null };

export interface XlsxSheet {
  name: string;
  columns: ReadonlyArray<XlsxColumn | string>;
  rows: ReadonlyArray<ReadonlyArray<XlsxValue>>;
}

const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The instant as Excel should show it: China Standard Time's wall clock (UTC+8, no daylight saving). */
export function shanghaiWallClock(instant: Date): Date {
  return new Date(instant.getTime() + CST_OFFSET_MS);
}

/**
 * Neutralises spreadsheet formula injection (OWASP CSV injection): a text starting with = + - @
 * or a control character is prefixed with an apostrophe so Excel shows it as text.
 */
export function safeCellText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Excel's `0.##` leaves a bare point after a whole number ("14."), so a number that shows no
 * decimals at two places gets `0` instead; either way the cell keeps the exact value.
 */
export function numberFormatOf(value: number): string {
  return Number.isInteger(Math.round(value * 100) / 100) ? '0' : '0.##';
}

/** The same for a share shown as a percentage: 0.5 → 50%, 0.125 → 12.5%, 0.12345 → 12.35%. */
export function percentFormatOf(value: number): string {
  return Number.isInteger(Math.round(value * 10000) / 100) ? '0%' : '0.##%';
}

function cellOf(value: XlsxValue, columnKind: XlsxKind | undefined): { value: ExcelJS.CellValue; numFmt?: string } {
  const typed = value !== null && typeof value === 'object' && !(value instanceof Date) ? value : { kind: columnKind, value };
  const v = typed.value;
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string') return { value: safeCellText(v) };
  if (v instanceof Date) {
    return Number.isNaN(v.getTime())
      ? { value: null }
      : { value: shanghaiWallClock(v), numFmt: typed.kind === 'date' ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss' };
  }
  if (!Number.isFinite(v)) return { value: null };
  return { value: v, numFmt: typed.kind === 'percent' ? percentFormatOf(v) : numberFormatOf(v) };
}

/** Adds a sheet: a bold header row, then the rows. Returns it for callers that add more (notes, a second table). */
export function addXlsxSheet(workbook: ExcelJS.Workbook, sheet: XlsxSheet): ExcelJS.Worksheet {
  const columns = sheet.columns.map((c) => (typeof c === 'string' ? { header: c } : c));
  const worksheet = workbook.addWorksheet(sheet.name);
  worksheet.addRow(columns.map((c) => safeCellText(c.header))).font = { bold: true };
  for (const row of sheet.rows) {
    const cells = row.map((value, i) => cellOf(value, columns[i]?.kind));
    const added = worksheet.addRow(cells.map((c) => c.value));
    cells.forEach((c, i) => {
      if (c.numFmt) added.getCell(i + 1).numFmt = c.numFmt;
    });
  }
  columns.forEach((c, i) => (worksheet.getColumn(i + 1).width = c.width ?? (c.kind === 'datetime' ? 20 : 16)));
  return worksheet;
}

export async function writeWorkbook(sheets: readonly XlsxSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) addXlsxSheet(workbook, sheet);
  return workbookBuffer(workbook);
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
