import { unstorableTextProblem } from '../text/storable-text';

/**
 * Text of a CSV as Excel and WPS save it: UTF-8 with or without BOM, "Unicode text" (UTF-16 with a
 * BOM), or — from a Chinese Windows "CSV (逗号分隔)" — GBK, read as its superset GB18030 whenever the
 * bytes are not valid UTF-8.
 */
export function decodeCsv(buffer: Buffer): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

/** The header line's most frequent of , ; and tab outside quotes; a comma when none appears. */
export function sniffDelimiter(text: string): string {
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  const outside = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: outside.split(d).length - 1 }));
  return counts.reduce((best, c) => (c.n > best.n ? c : best)).d;
}

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvFault {
  line: number;
  /** 0-based index of the field at fault. */
  column: number;
  message: string;
}

/**
 * RFC 4180, leniently: quoted fields may hold delimiters, doubled quotes and line breaks; a stray
 * quote inside an unquoted field is kept as text. A quote that never closes would swallow the rest
 * of the file, so that record is reported and reading resumes on the next physical line.
 */
export function readCsvRecords(text: string, delimiter: string): { records: CsvRecord[]; faults: CsvFault[] } {
  const records: CsvRecord[] = [];
  const faults: CsvFault[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const start = { i, line };
    const fields: string[] = [];
    let field = '';
    let unterminated = false;
    for (;;) {
      if (text[i] === '"' && field === '') {
        const close = closingQuote(text, i + 1);
        if (close < 0) {
          unterminated = true;
          break;
        }
        const quoted = text.slice(i + 1, close);
        line += countLineBreaks(quoted);
        field += quoted.replace(/""/g, '"').replace(/\r\n?/g, '\n');
        i = close + 1;
        continue;
      }
      const c = text[i];
      if (c === undefined) {
        fields.push(field);
        break;
      }
      if (c === delimiter) {
        fields.push(field);
        field = '';
        i++;
      } else if (c === '\r' || c === '\n') {
        fields.push(field);
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        break;
      } else {
        field += c;
        i++;
      }
    }
    if (unterminated) {
      faults.push({
        line: start.line,
        column: fields.length,
        message: `第 ${start.line} 行有一个双引号没有闭合，这一行已跳过；单元格内容中的双引号要写成两个（""）`,
      });
      const next = /\r\n|\r|\n/.exec(text.slice(start.i));
      if (!next) break;
      i = start.i + next.index + next[0].length;
      line = start.line + 1;
      continue;
    }
    if (fields.some((f) => f.trim() !== '')) records.push({ line: start.line, fields });
  }
  return { records, faults };
}

/** Index of the quote closing a quoted field whose content starts at `from`, skipping doubled quotes; -1 when none. */
function closingQuote(text: string, from: number): number {
  let at = from;
  for (;;) {
    const q = text.indexOf('"', at);
    if (q < 0) return -1;
    if (text[q + 1] !== '"') return q;
    at = q + 2;
  }
}

function countLineBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

export interface CsvSheet {
  headers: string[];
  /** Keyed by header like readSheet's rows; `row` is the line the record starts on. */
  rows: Array<{ row: number; values: Record<string, string> }>;
  /** Records that could not be read (an unclosed quote) and cells no field can store (a NUL), by line and column header. */
  faults: Array<{ row: number; field: string; message: string }>;
}

/** Reads a CSV as a sheet: the first record is the header row; empty cells and records are left out. */
export function readCsvSheet(buffer: Buffer): CsvSheet {
  const text = decodeCsv(buffer).replace(/^\uFEFF/, '');
  const { records, faults } = readCsvRecords(text, sniffDelimiter(text));
  const [header, ...body] = records;
  const headers = header ? header.fields.map((f) => f.trim()) : [];
  const columnName = (i: number) => headers[i] || `第 ${i + 1} 列`;
  const unstorable: CsvSheet['faults'] = [];
  const rows = body.map((record) => {
    const values: Record<string, string> = {};
    record.fields.forEach((field, i) => {
      const problem = unstorableTextProblem(field);
      if (problem)
        unstorable.push({ row: record.line, field: columnName(i), message: `第 ${record.line} 行「${columnName(i)}」${problem}` });
      else if (headers[i] && field.trim() !== '') values[headers[i]] = field;
    });
    return { row: record.line, values };
  });
  return {
    headers: headers.filter(Boolean),
    rows,
    faults: [...faults.map((f) => ({ row: f.line, field: columnName(f.column), message: f.message })), ...unstorable],
  };
}
