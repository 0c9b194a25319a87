import { QuestionIssues } from './question-bank-issues';
import type { ImportIssue, ParseResult, QuestionDraft, QuestionType } from './question-draft';
import { questionFingerprint } from './question-index';
import { richTextToPlain } from './stem-html';

export type DuplicatePolicy = 'skip' | 'new_version';

export interface ExistingQuestion {
  id: string;
  key: string;
  fingerprint: string;
}

export interface PlannedQuestion {
  draft: QuestionDraft;
  line?: number;
  row?: number;
}

export interface DuplicateNote {
  line?: number;
  row?: number;
  key: string | null;
  /** The start of the imported question's stem, so the trainer can tell which one it is. */
  stem: string;
  existingKey: string;
  /** What the import does with it under the chosen policy. */
  outcome: 'skipped' | 'new_version';
  /** Set when it repeats a question earlier in the same file (existingKey is then that question's key, or ''). */
  sameAsLine?: number;
  sameAsRow?: number;
}

export interface ImportPlan {
  create: PlannedQuestion[];
  newVersions: Array<PlannedQuestion & { existingId: string }>;
  skipped: number;
  duplicates: DuplicateNote[];
  issues: ImportIssue[];
  byType: Partial<Record<QuestionType, number>>;
}

/**
 * Decides, for every parsed question, whether it is new, a new version of an existing one (same
 * key, or same normalised stem and answer), or skipped. A key used twice within the file is an error.
 */
export function planImport(parsed: ParseResult, existing: ExistingQuestion[], policy: DuplicatePolicy): ImportPlan {
  const byKey = new Map(existing.map((q) => [q.key, q]));
  const byFingerprint = new Map(existing.map((q) => [q.fingerprint, q]));
  const plan: ImportPlan = { create: [], newVersions: [], skipped: 0, duplicates: [], issues: [...parsed.issues], byType: {} };
  const keysInFile = new Map<string, PlannedQuestion>();
  const fingerprintsInFile = new Map<string, PlannedQuestion>();
  for (const item of parsed.questions) {
    const { draft } = item;
    const where = { ...(item.line !== undefined && { line: item.line }), ...(item.row !== undefined && { row: item.row }) };
    if (draft.key) {
      const earlier = keysInFile.get(draft.key);
      if (earlier) {
        plan.issues.push({ ...where, field: 'key', ...QuestionIssues['questionBank.file.keyRepeated']({ key: draft.key, at: earlier.row ?? earlier.line ?? 0 }) });
        continue;
      }
      keysInFile.set(draft.key, item);
    }
    const fingerprint = questionFingerprint(draft);
    const match = (draft.key ? byKey.get(draft.key) : undefined) ?? byFingerprint.get(fingerprint);
    if (match) {
      plan.duplicates.push({ ...where, key: draft.key ?? null, stem: richTextToPlain(draft.stem).slice(0, 60), existingKey: match.key, outcome: policy === 'new_version' ? 'new_version' : 'skipped' });
      if (policy === 'new_version') {
        plan.newVersions.push({ ...item, existingId: match.id });
        plan.byType[draft.type] = (plan.byType[draft.type] ?? 0) + 1;
      } else {
        plan.skipped++;
      }
      continue;
    }
    const earlier = fingerprintsInFile.get(fingerprint);
    if (earlier) {
      plan.duplicates.push({
        ...where,
        key: draft.key ?? null,
        stem: richTextToPlain(draft.stem).slice(0, 60),
        existingKey: earlier.draft.key ?? '',
        outcome: 'skipped',
        ...(earlier.line !== undefined && { sameAsLine: earlier.line }),
        ...(earlier.row !== undefined && { sameAsRow: earlier.row }),
      });
      plan.skipped++;
      continue;
    }
    fingerprintsInFile.set(fingerprint, item);
    plan.create.push(item);
    plan.byType[draft.type] = (plan.byType[draft.type] ?? 0) + 1;
  }
  return plan;
}
