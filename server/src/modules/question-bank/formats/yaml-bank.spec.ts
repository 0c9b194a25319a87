import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../platform/config/app-config';
import { COMPETENCY_DIMENSIONS, QUESTION_TYPES } from '../domain/question-draft';
import { parseBankYaml, writeBankYaml } from './yaml-bank';

const banksDir = join(REPO_ROOT, 'question-bank', 'banks');
const bankFiles = readdirSync(banksDir).map((dir) => join(banksDir, dir, 'bank.yaml'));

describe("the department's banks in question-bank/", () => {
  const parsed = bankFiles.map((file) => ({ file, ...parseBankYaml(readFileSync(file, 'utf8')) }));

  it.each(bankFiles)('%s is valid against its format version and the question rules', (file) => {
    const { result, bank } = parseBankYaml(readFileSync(file, 'utf8'));
    expect(result.issues).toEqual([]);
    expect(bank?.key).toMatch(/^[a-z0-9-]+$/);
  });

  it('hold at least 600 questions covering every dimension, type, and the plan’s minimums', () => {
    const drafts = parsed.flatMap((p) => p.result.questions.map((q) => q.draft));
    const count = (pred: (d: (typeof drafts)[number]) => boolean) => drafts.filter(pred).length;
    expect(drafts.length).toBeGreaterThanOrEqual(600);
    for (const dimension of COMPETENCY_DIMENSIONS) expect([dimension, count((d) => d.dimension === dimension) > 0]).toEqual([dimension, true]);
    for (const type of QUESTION_TYPES) expect([type, count((d) => d.type === type) > 0]).toEqual([type, true]);
    expect(count((d) => d.dimension === '法律法规')).toBeGreaterThanOrEqual(80);
    expect(count((d) => d.dimension === 'V3系统操作')).toBeGreaterThanOrEqual(60);
    expect(count((d) => d.dimension === '行业政策' || d.dimension === '供货政策')).toBeGreaterThanOrEqual(60);
    expect(count((d) => d.dimension === '市场分析与预测')).toBeGreaterThanOrEqual(40);
    expect(count((d) => d.dimension === '社交礼仪与沟通')).toBeGreaterThanOrEqual(40);
    expect(count((d) => !d.explanation || !d.explanation.trim())).toBe(0);
  });

  it('give every bank a distinct key', () => {
    const keys = parsed.map((p) => p.bank?.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('round-trip through the writer unchanged', () => {
    for (const { bank, result } of parsed) {
      const drafts = result.questions.map((q) => q.draft);
      const again = parseBankYaml(writeBankYaml(bank!, drafts));
      expect(again.result.issues).toEqual([]);
      expect(again.result.questions.map((q) => q.draft)).toEqual(drafts);
      expect(again.bank).toEqual(bank);
    }
  });
});

describe('bank YAML errors', () => {
  it('names the line of a YAML syntax error', () => {
    const { result } = parseBankYaml('formatVersion: 1\nbank:\n  key: x\n  name: [unclosed\n');
    expect(result.issues[0]).toMatchObject({ field: 'yaml', message: expect.stringContaining('YAML 语法错误') });
    expect(result.issues[0].line).toBeGreaterThanOrEqual(4);
  });

  it('names the line and field of a schema error inside a question', () => {
    const text = [
      'formatVersion: 1',
      'bank: { key: demo, name: 演示 }',
      'questions:',
      '  - key: q1',
      '    type: single',
      '    category: 测试',
      '    dimension: 法律法规',
      '    difficulty: 9',
      '    stem: 题干',
      '    options: [{ id: A, text: 甲 }, { id: B, text: 乙 }]',
      '    answer: A',
      '    explanation: 解析',
    ].join('\n');
    const { result } = parseBankYaml(text);
    expect(result.issues).toContainEqual({ line: 8, field: 'difficulty', message: expect.stringContaining('difficulty') });
  });

  it('reports an answer that is not an option, at the answer’s line', () => {
    const text = 'formatVersion: 1\nbank: { key: demo, name: 演示 }\nquestions:\n  - key: q1\n    type: single\n    category: 测试\n    dimension: 法律法规\n    difficulty: 2\n    stem: 题干\n    options: [{ id: A, text: 甲 }, { id: B, text: 乙 }]\n    answer: C\n    explanation: 解析\n';
    expect(parseBankYaml(text).result.issues).toMatchObject([{ line: 11, field: 'answer', message: '答案「C」不是任何一个选项' }]);
  });

  it('refuses an unknown format version', () => {
    expect(parseBankYaml('formatVersion: 7\nbank: {key: a, name: b}\nquestions: []\n').result.issues[0].message).toMatch(/不支持的 formatVersion：7/);
  });

  it('refuses an alias bomb ("billion laughs") with a message instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const { bank, result } = parseBankYaml(`${levels.join('\n')}\nformatVersion: 1\n`);
    expect(bank).toBeNull();
    expect(result.issues).toEqual([{ line: 1, field: 'yaml', message: expect.stringContaining('别名炸弹') }]);
  });

  it('reports a NUL or a lone surrogate written as an escape, at the field’s line', () => {
    const text = 'formatVersion: 1\nbank: { key: demo, name: 演示 }\nquestions:\n  - key: q1\n    type: single\n    category: 测试\n    dimension: 法律法规\n    difficulty: 2\n    stem: "题\\0干"\n    options: [{ id: A, text: "\\ud800甲" }, { id: B, text: 乙 }]\n    answer: A\n    explanation: 解析\n';
    expect(parseBankYaml(text).result.issues).toMatchObject([
      { line: 9, field: 'stem', message: expect.stringContaining('NUL') },
      { line: 10, field: 'options', message: expect.stringContaining('代理项') },
    ]);
  });
});
