import { ItemCheckCode, itemFindings } from './item-checks';
import type { QuestionDraft } from './question-draft';
import { nearDuplicatePairs } from './stem-similarity';

/** An item-writing check a question of an import breaks; reported, never blocking the import. */
export interface ImportWarning {
  line?: number;
  row?: number;
  key: string | null;
  code: ItemCheckCode;
  field: string;
  message: string;
}

/**
 * The item-writing findings of every question in an import, located by line or row, including
 * stems of the file that nearly repeat one another or a stem already in the bank.
 */
export function importWarnings(questions: Array<{ draft: QuestionDraft; line?: number; row?: number }>, bankStems: Array<{ key: string; stem: string }> = []): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const at = (q: { line?: number; row?: number }) => (q.row !== undefined ? { row: q.row } : q.line !== undefined ? { line: q.line } : {});
  for (const q of questions) {
    for (const finding of itemFindings(q.draft)) warnings.push({ ...at(q), key: q.draft.key ?? null, ...finding });
  }
  const refs = [...questions.map((q, i) => ({ ref: `f${i}`, stem: q.draft.stem })), ...bankStems.map((s) => ({ ref: `b${s.key}`, stem: s.stem }))];
  for (const pair of nearDuplicatePairs(refs, undefined, (ref) => ref.startsWith('f'))) {
    const [mine, other] = pair.b.startsWith('f') ? [pair.b, pair.a] : [pair.a, pair.b];
    const q = questions[Number(mine.slice(1))];
    const describe = other.startsWith('f') ? describeInFile(questions[Number(other.slice(1))]) : `题库中的 ${other.slice(1)}`;
    warnings.push({ ...at(q), key: q.draft.key ?? null, code: 'near_duplicate', field: 'stem', message: `题干与${describe}相似度 ${Math.round(pair.similarity * 100)}%` });
  }
  return warnings.sort((a, b) => (a.row ?? a.line ?? 0) - (b.row ?? b.line ?? 0));
}

function describeInFile(q: { draft: QuestionDraft; line?: number; row?: number }): string {
  if (q.row !== undefined) return `第 ${q.row} 行（表格）的题目`;
  if (q.line !== undefined) return `第 ${q.line} 行的题目`;
  return `文件中的 ${q.draft.key ?? '另一题'}`;
}
