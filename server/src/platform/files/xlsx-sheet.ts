import ExcelJS from 'exceljs';
import { unstorableTextProblem } from '../text/storable-text';
import { zipProblem } from './zip-guard';
import { writeWorkbook, type XlsxColumn } from './xlsx-writer';

export { numberFormatOf, safeCellText } from './xlsx-writer';

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

/** A cell to write: text, a number (kept exact, shown with at most two decimals), a time (shown in Asia/Shanghai) or nothing. */
export type SheetCell = string | number | Date | null;

/** One sheet with a header row (xlsx-writer.ts: the product's one way to write spreadsheets). */
export function writeSheet(name: string, headers: ReadonlyArray<XlsxColumn | string>, rows: SheetCell[][]): Promise<Buffer> {
  return writeWorkbook([{ name, columns: headers, rows }]);
}

/** A workbook of several sheets, each as writeSheet writes its one. */
export function writeSheets(
  sheets: ReadonlyArray<{ name: string; headers: ReadonlyArray<XlsxColumn | string>; rows: SheetCell[][] }>,
): Promise<Buffer> {
  return writeWorkbook(sheets.map(({ name, headers, rows }) => ({ name, columns: headers, rows })));
}
