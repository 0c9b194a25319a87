import ExcelJS from 'exceljs';
import { unstorableTextProblem } from '../text/storable-text';
import { zipProblem } from './zip-guard';

export class SpreadsheetError extends Error {}

export interface SheetRow {
  /** 1-based row number as Excel shows it. */
  row: number;
  values: Record<string, string>;
}

/**
 * Reads the first worksheet as rows keyed by the header row's texts. Cells become plain strings
 * (numbers, dates and rich text included); empty rows are skipped.
 */
export async function readSheet(buffer: Buffer): Promise<{ headers: string[]; rows: SheetRow[] }> {
  const problem = await zipProblem(buffer);
  if (problem) throw new SpreadsheetError(problem);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new SpreadsheetError('无法读取 XLSX 文件：文件已损坏或不是 Excel 工作簿');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetError('工作簿中没有工作表');
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col - 1] = cellText(cell).trim()));
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, string> = {};
    let any = false;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const header = headers[col - 1];
      const text = cellText(cell);
      const unstorable = unstorableTextProblem(text);
      if (unstorable) throw new SpreadsheetError(`第 ${rowNumber} 行「${header ?? `第 ${col} 列`}」${unstorable}`);
      if (header && text.trim() !== '') {
        values[header] = text;
        any = true;
      }
    });
    if (any) rows.push({ row: rowNumber, values });
  });
  return { headers: headers.filter(Boolean), rows };
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return formulaResultText(value.result);
    return '';
  }
  return String(value);
}

function formulaResultText(result: unknown): string {
  if (result === undefined || result === null) return '';
  if (result instanceof Date) return result.toISOString().slice(0, 10);
  if (typeof result === 'number' || typeof result === 'boolean' || typeof result === 'string') return String(result);
  return '';
}

/**
 * Neutralises spreadsheet formula injection (OWASP CSV injection): a text starting with = + - @
 * or a control character is prefixed with an apostrophe so Excel shows it as text.
 */
export function safeCellText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A cell to write: text, a number (kept exact, shown with at most two decimals) or nothing. */
export type SheetCell = string | number | null;

/**
 * Excel's `0.##` leaves a bare point after a whole number ("14."), so a number that shows no
 * decimals at two places gets `0` instead; either way the cell keeps the exact value, for sorting
 * and sums.
 */
export function numberFormatOf(value: number): string {
  return Number.isInteger(Math.round(value * 100) / 100) ? '0' : '0.##';
}

export async function writeSheet(name: string, headers: string[], rows: SheetCell[][]): Promise<Buffer> {
  return writeSheets([{ name, headers, rows }]);
}

/** A workbook of several sheets, each written as writeSheet writes its one. */
export async function writeSheets(sheets: Array<{ name: string; headers: string[]; rows: SheetCell[][] }>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, headers, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(headers).font = { bold: true };
    for (const row of rows) {
      const added = sheet.addRow(row.map((cell) => (typeof cell === 'string' ? safeCellText(cell) : cell)));
      row.forEach((cell, i) => {
        if (typeof cell === 'number') added.getCell(i + 1).numFmt = numberFormatOf(cell);
      });
    }
    sheet.columns.forEach((column) => (column.width = 18));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
