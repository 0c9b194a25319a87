import { QuestionType } from '../domain/question-draft';

/**
 * The one-question-per-row layout trainers fill in, shared by the XLSX and CSV formats. Headers are
 * Chinese; each cell has a forgiving reading (full-width characters, synonyms, several separators)
 * and one canonical writing, so a written sheet reads back to the same drafts.
 *
 * Ids are not in the sheet: options and ordering items are addressed by their column letter, so a
 * draft read from a sheet gets the bank's usual ids — A, B, … for options, S1, S2, … for ordering
 * items, L1…/R1… for matching — and a writer maps any ids to letters by position.
 */

export const OPTION_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

export const STANDARD_OPTION_COUNT = 8;

export const optionHeader = (index: number): string => `选项${OPTION_LETTERS[index]}`;

/** The header row, in order; more option columns than 选项H only when a question needs them. */
export function sheetHeaders(optionCount = STANDARD_OPTION_COUNT): string[] {
  const options = OPTION_LETTERS.slice(0, Math.max(optionCount, STANDARD_OPTION_COUNT)).map((_, i) => optionHeader(i));
  return ['编号', '题型', '题干', ...options, '答案', '解析', '难度', '分值', '分类', '标签', '能力维度', '依据', '评分要点'];
}

/**
 * Partial credit of a single choice's other options, as `B=33.33333%；C=50%`; the column is written
 * only when a question has such credit, after the standard ones.
 */
export const CREDIT_HEADER = '部分得分';

export const REQUIRED_HEADERS = ['题型', '题干', '答案'] as const;

export const GUARDED_START = /^'+[=+\-@]/;

// ---- type ---------------------------------------------------------------------------------------

export const TYPE_WORDS: Record<QuestionType, string[]> = {
  single: ['单选', '单选题', '单项选择', '单项选择题', 'single'],
  multiple: ['多选', '多选题', '多项选择', '多项选择题', 'multiple'],
  true_false: ['判断', '判断题', '是非题', 'true_false'],
  fill_blank: ['填空', '填空题', 'fill_blank'],
  numeric: ['数值', '数值题', 'numeric'],
  matching: ['匹配', '匹配题', '连线题', 'matching'],
  ordering: ['排序', '排序题', 'ordering'],
  essay: ['简答', '简答题', '论述', '论述题', 'essay'],
};

/** The word the writer uses for each type (the first of its synonyms). */
export const TYPE_WORD: Record<QuestionType, string> = Object.fromEntries(
  Object.entries(TYPE_WORDS).map(([type, words]) => [type, words[0]]),
) as Record<QuestionType, string>;
