import type { QuestionBody } from '../../../question-bank/domain/question-draft';
import { answerShapeProblem } from './answer-shape';

const single: QuestionBody = {
  type: 'single',
  options: [
    { id: 'A', text: '县局' },
    { id: 'B', text: '市局' },
  ],
  answer: 'A',
};
const multiple: QuestionBody = {
  type: 'multiple',
  options: [
    { id: 'A', text: '诚信' },
    { id: 'B', text: '压价' },
    { id: 'C', text: '明码标价' },
  ],
  answer: ['A', 'C'],
};
const trueFalse: QuestionBody = { type: 'true_false', answer: true };
const fillBlank: QuestionBody = { type: 'fill_blank', answer: [['产品'], ['价格']] };
const numeric: QuestionBody = { type: 'numeric', answer: { value: 60, tolerance: 0.5 } };
const matching: QuestionBody = {
  type: 'matching',
  left: [
    { id: 'L1', text: '许可证' },
    { id: 'L2', text: '营业执照' },
  ],
  right: [
    { id: 'R1', text: '专卖局' },
    { id: 'R2', text: '市场监管局' },
    { id: 'R3', text: '商务局' },
  ],
  answer: { L1: 'R1', L2: 'R2' },
};
const ordering: QuestionBody = {
  type: 'ordering',
  items: [
    { id: 'a', text: '登录' },
    { id: 'b', text: '填单' },
    { id: 'c', text: '提交' },
  ],
  answer: ['a', 'b', 'c'],
};
const essay: QuestionBody = { type: 'essay', referenceAnswer: '先倾听', rubric: [{ criterion: '倾听', points: 2 }] };

describe('what a candidate may save as an answer', () => {
  it('null clears any answer', () => {
    for (const body of [single, multiple, trueFalse, fillBlank, numeric, matching, ordering, essay])
      expect(answerShapeProblem(body, null)).toBeNull();
  });

  describe('单选', () => {
    it('takes one existing option id', () => expect(answerShapeProblem(single, 'B')).toBeNull());
    it('refuses an option that is not on the paper', () => expect(answerShapeProblem(single, 'E')).toBe('单选题没有选项「E」'));
    it('refuses an empty choice (clearing is null)', () =>
      expect(answerShapeProblem(single, '')).toBe('单选题的作答不能为空，清空作答请传 null'));
    it('refuses a list of options', () => expect(answerShapeProblem(single, ['A'])).toBe('单选题的作答应为一个选项编号'));
  });

  describe('多选', () => {
    it('takes distinct existing option ids', () => expect(answerShapeProblem(multiple, ['C', 'A'])).toBeNull());
    it('takes an empty list, which leaves the question unanswered', () => expect(answerShapeProblem(multiple, [])).toBeNull());
    it('refuses a single id that is not in a list', () => expect(answerShapeProblem(multiple, 'A')).toBe('多选题的作答应为选项编号的数组'));
    it('refuses something other than an id in the list', () =>
      expect(answerShapeProblem(multiple, ['A', 1])).toBe('多选题的作答只能包含选项编号'));
    it('refuses an option that is not on the paper', () => expect(answerShapeProblem(multiple, ['A', 'D'])).toBe('多选题没有选项「D」'));
    it('refuses ticking the same option twice', () =>
      expect(answerShapeProblem(multiple, ['A', 'C', 'A'])).toBe('多选题的作答重复选择了「A」'));
  });

  describe('判断', () => {
    it('takes true or false', () => {
      expect(answerShapeProblem(trueFalse, true)).toBeNull();
      expect(answerShapeProblem(trueFalse, false)).toBeNull();
    });
    it('refuses the words 对 or "true"', () => {
      expect(answerShapeProblem(trueFalse, '对')).toBe('判断题的作答应为 true（对）或 false（错）');
      expect(answerShapeProblem(trueFalse, 'true')).toBe('判断题的作答应为 true（对）或 false（错）');
    });
  });

  describe('填空', () => {
    it('takes one text per blank, empty blanks included', () => expect(answerShapeProblem(fillBlank, ['渠道', ''])).toBeNull());
    it('refuses a bare text instead of a list', () => expect(answerShapeProblem(fillBlank, '渠道')).toBe('填空题的作答应为数组，每空一项'));
    it('refuses fewer texts than blanks', () => expect(answerShapeProblem(fillBlank, ['产品'])).toBe('填空题有 2 个空，作答给了 1 项'));
    it('refuses more texts than blanks', () =>
      expect(answerShapeProblem(fillBlank, ['产品', '价格', '渠道'])).toBe('填空题有 2 个空，作答给了 3 项'));
    it('refuses a number in a blank', () => expect(answerShapeProblem(fillBlank, ['产品', 4])).toBe('填空题第 2 空的作答应为文本'));
    it('takes exactly 500 characters in a blank', () => expect(answerShapeProblem(fillBlank, ['渠'.repeat(500), ''])).toBeNull());
    it('refuses 501 characters in a blank', () =>
      expect(answerShapeProblem(fillBlank, ['渠'.repeat(501), ''])).toBe('填空题第 1 空的作答超过 500 字'));
    it('counts an emoji as one character', () => expect(answerShapeProblem(fillBlank, ['👍'.repeat(500), ''])).toBeNull());
  });

  describe('数值', () => {
    it('takes a number, negative or fractional', () => {
      expect(answerShapeProblem(numeric, 60)).toBeNull();
      expect(answerShapeProblem(numeric, -12.5)).toBeNull();
    });
    it('refuses a number typed as text', () => expect(answerShapeProblem(numeric, '60')).toBe('数值题的作答应为一个有限的数字'));
    it('refuses infinity and NaN', () => {
      expect(answerShapeProblem(numeric, Number.POSITIVE_INFINITY)).toBe('数值题的作答应为一个有限的数字');
      expect(answerShapeProblem(numeric, Number.NaN)).toBe('数值题的作答应为一个有限的数字');
    });
  });

  describe('匹配', () => {
    it('takes every left item paired with a right item', () => expect(answerShapeProblem(matching, { L1: 'R1', L2: 'R3' })).toBeNull());
    it('takes a half-finished matching', () => expect(answerShapeProblem(matching, { L2: 'R2' })).toBeNull());
    it('takes no pairs at all', () => expect(answerShapeProblem(matching, {})).toBeNull());
    it('refuses a list of pairs', () =>
      expect(answerShapeProblem(matching, [['L1', 'R1']])).toBe('匹配题的作答应为 左项编号 → 右项编号 的对象'));
    it('refuses a left item that is not on the paper', () =>
      expect(answerShapeProblem(matching, { L9: 'R1' })).toBe('匹配题没有左项「L9」'));
    it('refuses a right item that is not on the paper', () =>
      expect(answerShapeProblem(matching, { L1: 'R9' })).toBe('匹配题没有右项「R9」'));
    it('refuses a pairing that is not a right item id', () =>
      expect(answerShapeProblem(matching, { L1: null })).toBe('匹配题左项「L1」的作答应为一个右项编号'));
  });

  describe('排序', () => {
    it('takes every item once in any order', () => expect(answerShapeProblem(ordering, ['c', 'a', 'b'])).toBeNull());
    it('refuses a text instead of a list', () => expect(answerShapeProblem(ordering, 'abc')).toBe('排序题的作答应为条目编号的数组'));
    it('refuses something other than an id in the list', () =>
      expect(answerShapeProblem(ordering, ['a', 2, 'c'])).toBe('排序题的作答只能包含条目编号'));
    it('refuses an item that is not on the paper', () => expect(answerShapeProblem(ordering, ['a', 'b', 'x'])).toBe('排序题没有条目「x」'));
    it('refuses an item placed twice', () => expect(answerShapeProblem(ordering, ['a', 'b', 'a'])).toBe('排序题的作答重复了条目「a」'));
    it('refuses an order that leaves an item out', () =>
      expect(answerShapeProblem(ordering, ['a', 'c'])).toBe('排序题的作答缺少条目「b」，须把每个条目排上'));
    it('refuses an empty order (clearing is null)', () =>
      expect(answerShapeProblem(ordering, [])).toBe('排序题的作答缺少条目「a」，须把每个条目排上'));
  });

  describe('简答', () => {
    it('takes text, empty included', () => {
      expect(answerShapeProblem(essay, '先倾听，再解释。')).toBeNull();
      expect(answerShapeProblem(essay, '')).toBeNull();
    });
    it('refuses something other than text', () => expect(answerShapeProblem(essay, { text: '先倾听' })).toBe('简答题的作答应为文本'));
    it('takes exactly 20,000 characters', () => expect(answerShapeProblem(essay, '答'.repeat(20_000))).toBeNull());
    it('refuses 20,001 characters', () => expect(answerShapeProblem(essay, '答'.repeat(20_001))).toBe('简答题的作答超过 20000 字'));
  });
});
