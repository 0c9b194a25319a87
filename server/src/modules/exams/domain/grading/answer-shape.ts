import type { QuestionBody } from '../../../question-bank/domain/question-draft';

export const MAX_BLANK_LENGTH = 500;
export const MAX_ESSAY_LENGTH = 20_000;

/** Counted in characters as a candidate counts them (code points), so an emoji is one, not two. */
const lengthOf = (text: string) => [...text].length;

const firstDuplicate = (ids: string[]) => ids.find((id, i) => ids.indexOf(id) !== i);

/**
 * Why a candidate's answer cannot be saved for this question, in Chinese for the HTTP 400 body; null
 * when it can. null always can: it clears the answer. Grading assumes answers passed this check.
 */
export function answerShapeProblem(body: QuestionBody, answer: unknown): string | null {
  if (answer === null) return null;
  switch (body.type) {
    case 'single': {
      if (typeof answer !== 'string') return '单选题的作答应为一个选项编号';
      if (answer === '') return '单选题的作答不能为空，清空作答请传 null';
      if (!body.options.some((o) => o.id === answer)) return `单选题没有选项「${answer}」`;
      return null;
    }
    case 'multiple': {
      if (!Array.isArray(answer)) return '多选题的作答应为选项编号的数组';
      const ids: unknown[] = answer;
      if (!ids.every((id) => typeof id === 'string')) return '多选题的作答只能包含选项编号';
      const unknown = ids.find((id) => !body.options.some((o) => o.id === id));
      if (unknown !== undefined) return `多选题没有选项「${unknown}」`;
      const repeated = firstDuplicate(ids);
      if (repeated !== undefined) return `多选题的作答重复选择了「${repeated}」`;
      return null;
    }
    case 'true_false':
      return typeof answer === 'boolean' ? null : '判断题的作答应为 true（对）或 false（错）';
    case 'fill_blank': {
      if (!Array.isArray(answer)) return '填空题的作答应为数组，每空一项';
      const responses: unknown[] = answer;
      const blanks = body.answer.length;
      if (responses.length !== blanks) return `填空题有 ${blanks} 个空，作答给了 ${responses.length} 项`;
      for (const [i, response] of responses.entries()) {
        if (typeof response !== 'string') return `填空题第 ${i + 1} 空的作答应为文本`;
        if (lengthOf(response) > MAX_BLANK_LENGTH) return `填空题第 ${i + 1} 空的作答超过 ${MAX_BLANK_LENGTH} 字`;
      }
      return null;
    }
    case 'numeric':
      return typeof answer === 'number' && Number.isFinite(answer) ? null : '数值题的作答应为一个有限的数字';
    case 'matching': {
      if (typeof answer !== 'object' || Array.isArray(answer)) return '匹配题的作答应为 左项编号 → 右项编号 的对象';
      for (const [left, right] of Object.entries(answer as Record<string, unknown>)) {
        if (!body.left.some((l) => l.id === left)) return `匹配题没有左项「${left}」`;
        if (typeof right !== 'string') return `匹配题左项「${left}」的作答应为一个右项编号`;
        if (!body.right.some((r) => r.id === right)) return `匹配题没有右项「${right}」`;
      }
      return null;
    }
    case 'ordering': {
      if (!Array.isArray(answer)) return '排序题的作答应为条目编号的数组';
      const ids: unknown[] = answer;
      if (!ids.every((id) => typeof id === 'string')) return '排序题的作答只能包含条目编号';
      const unknown = ids.find((id) => !body.items.some((item) => item.id === id));
      if (unknown !== undefined) return `排序题没有条目「${unknown}」`;
      const repeated = firstDuplicate(ids);
      if (repeated !== undefined) return `排序题的作答重复了条目「${repeated}」`;
      const missing = body.items.find((item) => !ids.includes(item.id));
      if (missing !== undefined) return `排序题的作答缺少条目「${missing.id}」，须把每个条目排上`;
      return null;
    }
    case 'essay': {
      if (typeof answer !== 'string') return '简答题的作答应为文本';
      if (lengthOf(answer) > MAX_ESSAY_LENGTH) return `简答题的作答超过 ${MAX_ESSAY_LENGTH} 字`;
      return null;
    }
  }
}
