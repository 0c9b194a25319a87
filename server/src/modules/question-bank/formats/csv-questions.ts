import { QuestionIssues } from '../domain/question-bank-issues';
import { ParseResult } from '../domain/question-draft';
import { decodeCsv, readCsvRecords, sniffDelimiter } from '../../../platform/files/csv-text';
import { parseSheetRecords, SheetRecord } from './sheet-reader';

/** Reads a CSV with the same columns as the XLSX sheet; issues carry the line where the record starts. */
export function parseQuestionCsv(buffer: Buffer): ParseResult {
  const text = decodeCsv(buffer).replace(/^\uFEFF/, '');
  const { records, faults } = readCsvRecords(text, sniffDelimiter(text));
  const [header, ...rows] = records;
  if (!header) return { questions: [], issues: [{ line: 1, field: '题干', ...QuestionIssues['questionBank.sheet.csvEmpty']() }] };
  const headers = header.fields.map((f) => f.trim());
  const sheetRecords: SheetRecord[] = rows.map((r) => {
    const values: Record<string, string> = {};
    r.fields.forEach((field, i) => {
      const name = headers[i];
      if (name) values[name] = field;
    });
    return { at: r.line, values };
  });
  const { questions, issues } = parseSheetRecords(headers, header.line, sheetRecords);
  const located = [
    ...issues.map(({ at, ...issue }) => ({ line: at, ...issue })),
    ...faults.map((f) => ({ line: f.line, field: headers[f.column] || `第 ${f.column + 1} 列`, ...QuestionIssues['questionBank.sheet.unreadable']({ detail: f.message }) })),
  ].sort((a, b) => a.line - b.line);
  return { questions: questions.map((q) => ({ draft: q.draft, line: q.at })), issues: located };
}
