import type { QuestionDraft } from './question-draft';
import { draftProblems } from './question-draft-check';
import { limitProblems, QUESTION_LIMITS } from './question-limits';

const single = (options: number, text = '选项'): QuestionDraft => ({
  type: 'single',
  stem: '题干',
  options: Array.from({ length: options }, (_, i) => ({ id: String.fromCharCode(65 + i), text: `${text}${i}` })),
  answer: 'A',
});

describe('question limits', () => {
  it('accepts a question at every limit', () => {
    const draft: QuestionDraft = { ...single(QUESTION_LIMITS.options, '长'.repeat(QUESTION_LIMITS.choiceText - 1)), tags: Array(QUESTION_LIMITS.tags).fill('标'), stem: '题'.repeat(QUESTION_LIMITS.stem) };
    expect(limitProblems(draft)).toEqual([]);
  });

  it('names the field and the limit when a question has too many options or too long an option', () => {
    expect(draftProblems(single(QUESTION_LIMITS.options + 2))).toMatchObject([{ field: 'options', message: '选项最多 8 个（现有 10 个）' }]);
    expect(draftProblems(single(2, '长'.repeat(6000)))).toMatchObject([
      { field: 'options', message: expect.stringMatching(/^选项 A 的内容长度不能超过 5000 个字符/) },
      { field: 'options', message: expect.stringMatching(/^选项 B 的内容长度不能超过 5000 个字符/) },
    ]);
  });

  it('holds every text of every type to its limit: matching sides, ordering items, rubric, unit, tags', () => {
    const long = 'x'.repeat(QUESTION_LIMITS.choiceText + 1);
    const side = Array.from({ length: QUESTION_LIMITS.choiceList + 1 }, (_, i) => ({ id: `L${i}`, text: `左${i}` }));
    const fields = (draft: QuestionDraft) => limitProblems(draft).map((p) => p.field);
    expect(fields({ type: 'matching', stem: '配对', left: side, right: [{ id: 'R', text: long }], answer: {} })).toEqual(['left', 'right']);
    expect(fields({ type: 'ordering', stem: '排序', items: side, answer: [] })).toEqual(['items']);
    expect(fields({ type: 'essay', stem: '简答', referenceAnswer: '参考', rubric: [{ criterion: 'c'.repeat(QUESTION_LIMITS.criterion + 1), points: 1 }] })).toEqual(['rubric']);
    expect(fields({ type: 'numeric', stem: '数值', answer: { value: 1 }, unit: '单'.repeat(QUESTION_LIMITS.unit + 1) })).toEqual(['unit']);
    expect(fields({ ...single(2), tags: Array(QUESTION_LIMITS.tags + 1).fill('标') })).toEqual(['tags']);
  });

  it('refuses text no field can store — a NUL or a lone surrogate — wherever it hides', () => {
    const fields = (draft: QuestionDraft) => limitProblems(draft).map((p) => [p.field, /NUL|代理项/.test(p.message)]);
    expect(fields({ ...single(2), stem: '题\0干', explanation: '\uD800', tags: ['a\0'], category: '分\uDC00类', key: 'k\0' })).toEqual([
      ['key', true],
      ['stem', true],
      ['explanation', true],
      ['category', true],
      ['tags', true],
    ]);
    expect(fields({ type: 'fill_blank', stem: '填 {{1}}', answer: [['甲\0']] })).toEqual([['answer', true]]);
  });
});
