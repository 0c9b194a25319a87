import type { Choice, QuestionBody, QuestionDraft, QuestionMeta, QuestionType, RubricItem } from './question-draft';
import { QuestionIssues } from './question-bank-issues';
import { draftProblems, type DraftProblem } from './question-draft-check';
import { sanitizeRichText } from './stem-html';

/** The editor's payload: meta fields plus every type's body fields, of which the type's own are used. */
export interface QuestionInput extends Omit<QuestionMeta, 'dimension'> {
  type: QuestionType;
  dimension?: string;
  options?: Choice[];
  /** single: partial credit of options other than the key, 0 < fraction < 1 */
  credit?: Record<string, number>;
  left?: Choice[];
  right?: Choice[];
  items?: Choice[];
  answer?: unknown;
  unit?: string;
  referenceAnswer?: string;
  rubric?: RubricItem[];
}

export type Problem = DraftProblem;

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** Builds a draft from editor input, checking the answer's shape for its type; stems are sanitised. */
export function draftFromInput(input: QuestionInput): { draft: QuestionDraft } | { problems: Problem[] } {
  const body = bodyFromInput(input);
  if ('problems' in body) return body;
  const meta: QuestionMeta = {
    ...(input.key !== undefined && { key: input.key }),
    ...(input.category !== undefined && { category: input.category }),
    ...(input.dimension !== undefined && { dimension: input.dimension as QuestionMeta['dimension'] }),
    ...(input.difficulty !== undefined && { difficulty: input.difficulty }),
    ...(input.points !== undefined && { points: input.points }),
    ...(input.tags !== undefined && { tags: [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))] }),
    stem: sanitizeRichText(input.stem),
    ...(input.explanation !== undefined && input.explanation.trim() !== '' && { explanation: sanitizeRichText(input.explanation) }),
    ...(input.source !== undefined && { source: input.source }),
  };
  const draft = { ...meta, ...body.body };
  const problems = draftProblems(draft);
  return problems.length ? { problems } : { draft };
}

function bodyFromInput(input: QuestionInput): { body: QuestionBody } | { problems: Problem[] } {
  const bad = (detail: string) => ({ problems: [{ field: 'answer', ...QuestionIssues['questionBank.check.answerShape']({ detail }) }] });
  const a = input.answer;
  const choices = (list: Choice[] | undefined) => (list ?? []).map((c) => ({ id: c.id, text: sanitizeRichText(c.text) }));
  switch (input.type) {
    case 'single':
      if (!isString(a)) return bad('单选题答案须为一个选项编号');
      return { body: { type: 'single', options: choices(input.options), answer: a, ...(input.credit && Object.keys(input.credit).length > 0 && { credit: input.credit }) } };
    case 'multiple':
      return isStringArray(a) ? { body: { type: 'multiple', options: choices(input.options), answer: a } } : bad('多选题答案须为选项编号的数组');
    case 'true_false':
      return typeof a === 'boolean' ? { body: { type: 'true_false', answer: a } } : bad('判断题答案须为 true 或 false');
    case 'fill_blank':
      return Array.isArray(a) && a.every(isStringArray) ? { body: { type: 'fill_blank', answer: a.map((blank) => blank.map((s) => s.trim())) } } : bad('填空题答案须为每空一组可接受答案');
    case 'numeric': {
      const n = a as Record<string, unknown> | null;
      const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
      if (n && typeof n === 'object' && num(n.value) && (n.tolerance === undefined || num(n.tolerance)) && !('min' in n)) {
        return { body: { type: 'numeric', answer: { value: n.value as number, ...(n.tolerance !== undefined && { tolerance: n.tolerance as number }) }, ...(input.unit && { unit: input.unit }) } };
      }
      if (n && typeof n === 'object' && num(n.min) && num(n.max) && !('value' in n)) {
        return { body: { type: 'numeric', answer: { min: n.min as number, max: n.max as number }, ...(input.unit && { unit: input.unit }) } };
      }
      return bad('数值题答案须为 { value, tolerance? } 或 { min, max }');
    }
    case 'matching':
      return a && typeof a === 'object' && !Array.isArray(a) && Object.values(a).every(isString)
        ? { body: { type: 'matching', left: choices(input.left), right: choices(input.right), answer: a as Record<string, string> } }
        : bad('匹配题答案须为 左项编号 → 右项编号 的对象');
    case 'ordering':
      return isStringArray(a) ? { body: { type: 'ordering', items: choices(input.items), answer: a } } : bad('排序题答案须为按正确顺序排列的条目编号');
    case 'essay':
      return { body: { type: 'essay', referenceAnswer: input.referenceAnswer ?? '', rubric: input.rubric ?? [] } };
  }
}
