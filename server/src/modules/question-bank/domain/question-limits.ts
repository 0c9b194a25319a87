import { unstorableTextProblem } from '../../../platform/text/storable-text';
import type { DraftProblem } from './question-draft-check';
import { QuestionIssues } from './question-bank-issues';
import type { Choice, QuestionDraft } from './question-draft';

/**
 * How big a question may be, wherever it comes from: the editor's DTO declares these, and every
 * import checks them (question-draft-check.ts), so a file cannot bring in a question the editor would
 * then refuse to save. Lengths count UTF-16 units, as the DTO's MaxLength does.
 */
export const QUESTION_LIMITS = {
  stem: 20_000,
  explanation: 20_000,
  referenceAnswer: 20_000,
  /** Text of one option, matching side or ordering item. */
  choiceText: 5_000,
  /** Options of a single or multiple choice question. */
  options: 8,
  /** Entries on each side of a matching question, and items of an ordering question. */
  choiceList: 20,
  rubricItems: 20,
  criterion: 1_000,
  tags: 20,
  tag: 50,
  category: 300,
  unit: 20,
  sourceDocument: 200,
  sourceArticle: 100,
} as const;

type Problem = DraftProblem;

/** Every limit the draft breaks, and every text no field can store (a NUL, a lone surrogate), by field. */
export function limitProblems(draft: QuestionDraft): Problem[] {
  const problems: Problem[] = [];
  const text = (field: string, value: string | undefined, max: number | null, label: string) => {
    if (value === undefined) return;
    const unstorable = unstorableTextProblem(value);
    if (unstorable) {
      const code = value.includes('\0') ? 'questionBank.check.textHasNul' : 'questionBank.check.textLoneSurrogate';
      problems.push({ field, ...QuestionIssues[code]({ label }) });
    } else if (max !== null && value.length > max) {
      problems.push({ field, ...QuestionIssues['questionBank.check.textTooLong']({ label, max, length: value.length }) });
    }
  };
  const list = (field: string, length: number, max: number, label: string) => {
    if (length > max) problems.push({ field, ...QuestionIssues['questionBank.check.tooMany']({ label, max, length }) });
  };
  const choices = (field: string, entries: Choice[], max: number, label: string) => {
    list(field, entries.length, max, label);
    for (const c of entries) {
      text(field, c.id, null, `${label}编号`);
      text(field, c.text, QUESTION_LIMITS.choiceText, `${label} ${c.id} 的内容`);
    }
  };
  text('key', draft.key, null, '编号');
  text('stem', draft.stem, QUESTION_LIMITS.stem, '题干');
  text('explanation', draft.explanation, QUESTION_LIMITS.explanation, '解析');
  text('category', draft.category, QUESTION_LIMITS.category, '分类');
  if (draft.tags) {
    list('tags', draft.tags.length, QUESTION_LIMITS.tags, '标签');
    for (const tag of draft.tags) text('tags', tag, QUESTION_LIMITS.tag, `标签「${tag.slice(0, 20)}」`);
  }
  if (draft.source) {
    text('source', draft.source.document, QUESTION_LIMITS.sourceDocument, '出处文件名');
    text('source', draft.source.article, QUESTION_LIMITS.sourceArticle, '出处条款');
  }
  switch (draft.type) {
    case 'single':
    case 'multiple':
      choices('options', draft.options, QUESTION_LIMITS.options, '选项');
      break;
    case 'matching':
      choices('left', draft.left, QUESTION_LIMITS.choiceList, '左侧条目');
      choices('right', draft.right, QUESTION_LIMITS.choiceList, '右侧条目');
      break;
    case 'ordering':
      choices('items', draft.items, QUESTION_LIMITS.choiceList, '排序条目');
      break;
    case 'fill_blank':
      for (const accepted of draft.answer.flat()) text('answer', accepted, QUESTION_LIMITS.choiceText, '填空答案');
      break;
    case 'numeric':
      text('unit', draft.unit, QUESTION_LIMITS.unit, '单位');
      break;
    case 'essay':
      text('referenceAnswer', draft.referenceAnswer, QUESTION_LIMITS.referenceAnswer, '参考答案');
      list('rubric', draft.rubric.length, QUESTION_LIMITS.rubricItems, '评分要点');
      for (const item of draft.rubric) text('rubric', item.criterion, QUESTION_LIMITS.criterion, '评分要点');
      break;
    case 'true_false':
      break;
  }
  return problems;
}
