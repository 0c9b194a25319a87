import type { ParseResult, QuestionDraft } from '../domain/question-draft';
import { parseAiken } from './aiken';
import { decodeCsv } from '../../../platform/files/csv-text';
import { parseQuestionCsv } from './csv-questions';
import { writeQuestionCsv } from './csv-writer';
import { parseGift } from './gift-reader';
import { writeGift } from './gift-writer';
import { parseMoodleXml } from './moodle-xml-reader';
import { writeMoodleXml } from './moodle-xml-writer';
import { parseQuestionXlsx, writeQuestionXlsx } from './xlsx-questions';
import { BankHeader, parseBankYaml, writeBankYaml } from './yaml-bank';

export const IMPORT_FORMATS = ['xlsx', 'csv', 'gift', 'aiken', 'moodle-xml', 'yaml'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const EXPORT_FORMATS = ['xlsx', 'csv', 'gift', 'moodle-xml', 'yaml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The largest file each format may be. A workbook or a Moodle XML export (which carries its images
 * inline) may use the whole upload; the text formats hold thousands of questions in far less (the
 * repository's largest bank is under 100 kB of YAML), and parsing them costs several times their size.
 */
export const MAX_IMPORT_BYTES: Record<ImportFormat, number> = {
  xlsx: 20 * 1024 * 1024,
  'moodle-xml': 20 * 1024 * 1024,
  csv: 4 * 1024 * 1024,
  gift: 4 * 1024 * 1024,
  aiken: 4 * 1024 * 1024,
  yaml: 4 * 1024 * 1024,
};

/** The format a file name implies, or null when the extension says nothing. */
export function formatFromFileName(name: string): ImportFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.gift') || lower.endsWith('.gift.txt')) return 'gift';
  if (lower.endsWith('.aiken') || lower.endsWith('.aiken.txt')) return 'aiken';
  if (lower.endsWith('.xml')) return 'moodle-xml';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return null;
}

/** Text formats may arrive as UTF-8 (with or without BOM) or GBK, as exported by Windows tools. */
function text(buffer: Buffer): string {
  return decodeCsv(buffer).replace(/^\uFEFF/, '');
}

export async function parseQuestions(format: ImportFormat, file: Buffer): Promise<ParseResult> {
  switch (format) {
    case 'xlsx':
      return parseQuestionXlsx(file);
    case 'csv':
      return parseQuestionCsv(file);
    case 'gift':
      return parseGift(text(file));
    case 'aiken':
      return parseAiken(text(file));
    case 'moodle-xml':
      return parseMoodleXml(text(file));
    case 'yaml':
      return parseBankYaml(text(file)).result;
  }
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, { type: string; extension: string }> = {
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  gift: { type: 'text/plain; charset=utf-8', extension: 'gift.txt' },
  'moodle-xml': { type: 'application/xml; charset=utf-8', extension: 'xml' },
  yaml: { type: 'application/yaml; charset=utf-8', extension: 'yaml' },
};

export async function writeQuestions(format: ExportFormat, bank: BankHeader, questions: QuestionDraft[]): Promise<Buffer> {
  switch (format) {
    case 'xlsx':
      return writeQuestionXlsx(questions);
    case 'csv':
      return writeQuestionCsv(questions);
    case 'gift':
      return Buffer.from(writeGift(questions), 'utf8');
    case 'moodle-xml':
      return Buffer.from(writeMoodleXml(questions), 'utf8');
    case 'yaml':
      return Buffer.from(writeBankYaml(bank, questions), 'utf8');
  }
}
