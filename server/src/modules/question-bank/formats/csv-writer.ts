import type { QuestionDraft } from '../domain/question-draft';
import { draftToCells, questionSheetHeaders, toCellText } from './sheet-writer';

/**
 * The sheet layout (sheet-columns.ts) as CSV, which csv-questions.ts reads back: UTF-8 with a byte
 * order mark, without which Excel on a Chinese Windows opens the file as GBK and shows mojibake, and
 * CRLF line ends. Texts are guarded against formulas as in the workbook.
 */
export function writeQuestionCsv(questions: QuestionDraft[]): Buffer {
  const headers = questionSheetHeaders(questions);
  const lines = [headers.map(csvField).join(',')];
  for (const question of questions) {
    const cells = draftToCells(question);
    lines.push(
      headers
        .map((h) => {
          const value = cells.get(h);
          return csvField(value === undefined ? '' : typeof value === 'string' ? toCellText(value) : String(value));
        })
        .join(','),
    );
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
