import { DEFAULT_RUBRIC, rubricMax, rubricProblem, scoreProblem, sheetTotal } from './rubric';

const full = { content: 28, delivery: 27.5, presence: 18, memorised: 10, impression: 9 };

describe('the speech rubric', () => {
  it('defaults to 内容 30, 语言表达 30, 形象风度 20, 脱稿 10, 综合印象 10: a hundred points', () => {
    expect(DEFAULT_RUBRIC.map((r) => `${r.label} ${r.max}`)).toEqual(['内容 30', '语言表达 30', '形象风度 20', '脱稿 10', '综合印象 10']);
    expect(rubricMax(DEFAULT_RUBRIC)).toBe(100);
    expect(rubricProblem(DEFAULT_RUBRIC)).toBeNull();
  });

  it('totals a judge’s sheet exactly', () => {
    expect(sheetTotal(DEFAULT_RUBRIC, full)).toBe(92.5);
    expect(sheetTotal(DEFAULT_RUBRIC, { ...full, content: 0.1, delivery: 0.2 })).toBe(37.3);
  });

  it('names the item that is over its maximum, negative, unknown or missing', () => {
    expect(scoreProblem(DEFAULT_RUBRIC, full)).toBeNull();
    expect(scoreProblem(DEFAULT_RUBRIC, { ...full, presence: 21 })).toEqual({ problem: 'outOfRange', item: 'presence', max: 20 });
    expect(scoreProblem(DEFAULT_RUBRIC, { ...full, memorised: -1 })).toEqual({ problem: 'outOfRange', item: 'memorised', max: 10 });
    expect(scoreProblem(DEFAULT_RUBRIC, { ...full, impression: 9.125 })).toEqual({ problem: 'outOfRange', item: 'impression', max: 10 });
    expect(scoreProblem(DEFAULT_RUBRIC, { ...full, charisma: 3 })).toEqual({ problem: 'unknownItem', item: 'charisma' });
    const { content: _content, ...rest } = full;
    expect(scoreProblem(DEFAULT_RUBRIC, rest)).toEqual({ problem: 'missingItem', item: 'content' });
  });

  it('refuses a sheet with repeated keys, no items or a zero maximum', () => {
    expect(rubricProblem([])).not.toBeNull();
    expect(rubricProblem([DEFAULT_RUBRIC[0], DEFAULT_RUBRIC[0]])).toContain('重复');
    expect(rubricProblem([{ key: 'x', label: '内容', max: 0 }])).not.toBeNull();
  });
});
