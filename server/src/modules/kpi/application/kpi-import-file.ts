import { readCsvSheet } from '../../../platform/files/csv-text';
import { readSheet, SpreadsheetError } from '../../../platform/files/xlsx-sheet';
import type { KpiImportError, KpiSheetRow } from '../domain/kpi-import-rows';
import { KpiErrors } from '../domain/kpi-errors';

export interface KpiFile {
  headers: string[];
  rows: KpiSheetRow[];
  /** Records the CSV reader could not read. */
  faults: KpiImportError[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads an upload as an XLSX workbook or a CSV, decided by its bytes rather than its name (a
 * workbook renamed .csv still reads); what is neither is refused with a reason.
 */
export async function readKpiFile(buffer: Buffer, fileName: string): Promise<KpiFile> {
  const extension = /\.[^.]*$/.exec(fileName.toLowerCase())?.[0] ?? '';
  if (startsWith(buffer, ZIP)) return { ...(await readWorkbook(buffer)), faults: [] };
  if (startsWith(buffer, OLE) || extension === '.xls') throw KpiErrors['kpi.import.legacyExcel']();
  if (extension === '.xlsx') throw KpiErrors['kpi.import.notAWorkbook']();
  if (!looksLikeText(buffer)) throw KpiErrors['kpi.import.unsupportedFile']();
  return readCsvSheet(buffer);
}

async function readWorkbook(buffer: Buffer): Promise<Omit<KpiFile, 'faults'>> {
  try {
    return await readSheet(buffer);
  } catch (error) {
    if (error instanceof SpreadsheetError)
      throw KpiErrors['kpi.import.unreadable']({
        problem: error.message,
        details: { errors: [{ row: 0, field: 'file', message: error.message }] },
      });
    throw error;
  }
}

function startsWith(buffer: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => buffer[i] === byte);
}

/** Text has no NUL bytes, except UTF-16, which Excel's "Unicode text" writes with a byte-order mark. */
function looksLikeText(buffer: Buffer): boolean {
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) return true;
  return !buffer.subarray(0, 8192).includes(0);
}
