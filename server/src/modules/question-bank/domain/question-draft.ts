import type { CompetencyDimension } from '../../../platform/vocabulary/competency-dimensions';

/**
 * A question as it travels through import and export, before it has an id or a version. Every
 * format parser produces these and every serializer consumes them; the bank's own YAML format
 * (question-bank/schema/bank.v1.schema.json) is this shape written out.
 */
export const QUESTION_TYPES = ['single', 'multiple', 'true_false', 'fill_blank', 'numeric', 'matching', 'ordering', 'essay'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export { COMPETENCY_DIMENSIONS, type CompetencyDimension } from '../../../platform/vocabulary/competency-dimensions';

export interface Choice {
  id: string;
  text: string;
}

export interface SourceReference {
  document: string;
  article?: string;
  /** ISO date, YYYY-MM-DD */
  effectiveDate?: string;
}

export interface RubricItem {
  criterion: string;
  points: number;
}

export type NumericAnswer = { value: number; tolerance?: number } | { min: number; max: number };

/** What a candidate must answer, per type. Keys never leave the server before the review policy allows. */
export type QuestionBody =
  /** credit: options other than the key that earn part of the marks (Moodle's partial-credit fractions), as 0 < fraction < 1 */
  | { type: 'single'; options: Choice[]; answer: string; credit?: Record<string, number> }
  | { type: 'multiple'; options: Choice[]; answer: string[] }
  | { type: 'true_false'; answer: boolean }
  /** stem marks blanks as {{1}}, {{2}}, …; answer[i] lists the accepted answers of blank i+1 */
  | { type: 'fill_blank'; answer: string[][] }
  | { type: 'numeric'; answer: NumericAnswer; unit?: string }
  /** right may hold distractors; answer maps every left id to a right id */
  | { type: 'matching'; left: Choice[]; right: Choice[]; answer: Record<string, string> }
  /** answer lists every item id once, in the correct order */
  | { type: 'ordering'; items: Choice[]; answer: string[] }
  | { type: 'essay'; referenceAnswer: string; rubric: RubricItem[] };

export interface QuestionMeta {
  /** Stable key within the bank, when the source format has one (YAML key, Moodle idnumber, GIFT ::title::). */
  key?: string;
  /** Category path, levels joined by '/'. */
  category?: string;
  dimension?: CompetencyDimension;
  difficulty?: number;
  points?: number;
  tags?: string[];
  /** Plain text or sanitised HTML. */
  stem: string;
  explanation?: string;
  source?: SourceReference;
}

export type QuestionDraft = QuestionMeta & QuestionBody;

/** One problem in an import, located as precisely as the format allows. */
export interface ImportIssue {
  /** 1-based line in a text format (GIFT, Aiken, YAML, Moodle XML, CSV). */
  line?: number;
  /** 1-based row as Excel shows it (XLSX). */
  row?: number;
  /** The column header, element or property at fault, e.g. '答案', 'answer', 'questiontext'. */
  field: string;
  /** The stable code the client translates by (question-bank-issues.ts), with its params; a format's own syntax messages have none yet. */
  code?: string;
  params?: Readonly<Record<string, string | number>>;
  message: string;
}

export interface ParseResult {
  questions: Array<{ draft: QuestionDraft; line?: number; row?: number }>;
  issues: ImportIssue[];
  /** What the import changed or left out while keeping the file importable (a key made unique, a setting ignored); never blocking. */
  notes?: ImportIssue[];
}

/** What a version stores: the draft without the question-level key, category and tags (distributes over the types). */
export type QuestionContent = QuestionDraft extends infer D ? (D extends unknown ? Omit<D, 'key' | 'category' | 'tags'> : never) : never;
