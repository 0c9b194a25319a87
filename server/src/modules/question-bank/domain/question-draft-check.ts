import { COMPETENCY_DIMENSIONS, QUESTION_TYPES, QuestionDraft } from './question-draft';
import { limitProblems } from './question-limits';

/**
 * The rules every question must meet whatever format it came from, the editor included (sizes are in
 * question-limits.ts). Messages are in Chinese: a trainer reads them next to the row or line they
 * came from. Empty when the draft is sound.
 */
export function draftProblems(draft: QuestionDraft): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const fail = (field: string, message: string) => problems.push({ field, message });
  if (!(QUESTION_TYPES as readonly string[]).includes(draft.type)) {
    fail('type', `未知题型「${String(draft.type)}」（可用：${QUESTION_TYPES.join('、')}）`);
    return problems;
  }
  problems.push(...limitProblems(draft));
  if (!draft.stem || !draft.stem.trim()) fail('stem', '题干不能为空');
  if (draft.dimension !== undefined && !(COMPETENCY_DIMENSIONS as readonly string[]).includes(draft.dimension)) {
    fail('dimension', `未知能力维度「${draft.dimension}」（可用：${COMPETENCY_DIMENSIONS.join('、')}）`);
  }
  if (draft.difficulty !== undefined && !(Number.isInteger(draft.difficulty) && draft.difficulty >= 1 && draft.difficulty <= 5)) fail('difficulty', '难度须为 1–5 的整数');
  if (draft.points !== undefined && !(draft.points > 0)) fail('points', '分值须大于 0');
  const ids = (choices: Array<{ id: string; text: string }>, field: string, min: number) => {
    if (choices.length < min) fail(field, `至少需要 ${min} 个${field === 'options' ? '选项' : '条目'}`);
    const seen = new Set<string>();
    for (const c of choices) {
      if (!c.text || !c.text.trim()) fail(field, `${c.id} 的内容不能为空`);
      if (seen.has(c.id)) fail(field, `编号 ${c.id} 重复`);
      seen.add(c.id);
    }
    return seen;
  };
  switch (draft.type) {
    case 'single': {
      const options = ids(draft.options, 'options', 2);
      if (!options.has(draft.answer)) fail('answer', `答案「${draft.answer}」不是任何一个选项`);
      for (const [id, credit] of Object.entries(draft.credit ?? {})) {
        if (!options.has(id) || id === draft.answer) fail('credit', `部分得分的「${id}」须是答案以外的选项`);
        else if (!(typeof credit === 'number' && credit > 0 && credit < 1)) fail('credit', `选项 ${id} 的部分得分须在 0 与 100% 之间`);
      }
      break;
    }
    case 'multiple': {
      const options = ids(draft.options, 'options', 3);
      if (draft.answer.length < 2) fail('answer', '多选题至少要有 2 个正确选项');
      for (const a of draft.answer) if (!options.has(a)) fail('answer', `答案「${a}」不是任何一个选项`);
      if (new Set(draft.answer).size !== draft.answer.length) fail('answer', '答案中有重复的选项');
      break;
    }
    case 'true_false':
      if (typeof draft.answer !== 'boolean') fail('answer', '判断题答案须为 对/错');
      break;
    case 'fill_blank': {
      const blanks = (draft.stem.match(/\{\{\d+\}\}/g) ?? []).length;
      if (blanks === 0) fail('stem', '填空题题干中须用 {{1}}、{{2}} 标出空位');
      if (blanks !== draft.answer.length) fail('answer', `题干有 ${blanks} 个空，答案给了 ${draft.answer.length} 组`);
      draft.answer.forEach((accepted, i) => {
        if (accepted.length === 0 || accepted.some((a) => !a.trim())) fail('answer', `第 ${i + 1} 空缺少可接受的答案`);
      });
      break;
    }
    case 'numeric': {
      const a = draft.answer;
      if ('value' in a) {
        if (!Number.isFinite(a.value)) fail('answer', '数值题答案须为数字');
        if (a.tolerance !== undefined && !(a.tolerance >= 0)) fail('answer', '允许误差不能为负数');
      } else if (!(Number.isFinite(a.min) && Number.isFinite(a.max) && a.min <= a.max)) {
        fail('answer', '数值范围须满足 最小值 ≤ 最大值');
      }
      break;
    }
    case 'matching': {
      const left = ids(draft.left, 'left', 2);
      const right = ids(draft.right, 'right', 2);
      for (const l of left) if (!(l in draft.answer)) fail('answer', `左侧 ${l} 没有配对`);
      for (const [l, r] of Object.entries(draft.answer)) {
        if (!left.has(l)) fail('answer', `配对中的 ${l} 不在左侧`);
        if (!right.has(r)) fail('answer', `配对中的 ${r} 不在右侧`);
      }
      break;
    }
    case 'ordering': {
      const items = ids(draft.items, 'items', 3);
      if (draft.answer.length !== items.size || !draft.answer.every((a) => items.has(a)) || new Set(draft.answer).size !== draft.answer.length) {
        fail('answer', '排序题答案须把每个条目恰好列出一次');
      }
      break;
    }
    case 'essay':
      // an essay without reference answer or rubric is kept and flagged 待补评分要点 (item-checks.ts): marking asks for them
      for (const item of draft.rubric) if (!(item.points > 0) || !item.criterion.trim()) fail('rubric', '每条评分要点须有内容且分值大于 0');
      break;
  }
  return problems;
}
