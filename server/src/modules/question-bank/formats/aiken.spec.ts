import { readFileSync } from 'fs';
import { join } from 'path';
import { parseAiken } from './aiken';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../test/fixtures/formats', name), 'utf8');

describe('importing an Aiken file from the field', () => {
  const department = parseAiken(fixture('department.aiken.txt'));

  it('reads all ten questions, with a BOM, CRLF and full-width punctuation, without issues', () => {
    expect(department.issues).toEqual([]);
    expect(department.questions).toHaveLength(10);
    expect(department.questions.every((q) => q.draft.type === 'single')).toBe(true);
    expect(department.questions.map((q) => q.line)).toEqual([1, 8, 15, 22, 29, 36, 42, 49, 57, 64]);
  });

  it('reads the half-width A. form', () => {
    expect(department.questions[0].draft).toEqual({
      type: 'single',
      stem: '卷烟零售户办理烟草专卖零售许可证，应向哪个部门提出申请？',
      options: [
        { id: 'A', text: '县级烟草专卖局' },
        { id: 'B', text: '市场监督管理局' },
        { id: 'C', text: '税务局' },
        { id: 'D', text: '商务局' },
      ],
      answer: 'A',
    });
  });

  it('reads A．, A、, A), A）, full-width letters, ANSWER：, answer: and 答案：', () => {
    const answers = department.questions.map((q) => (q.draft.type === 'single' ? q.draft.answer : undefined));
    expect(answers).toEqual(['A', 'C', 'C', 'B', 'B', 'A', 'A', 'A', 'A', 'B']);
    expect(department.questions[1].draft).toMatchObject({ options: [{ id: 'A', text: '2年' }, { id: 'B', text: '3年' }, { id: 'C', text: '5年' }, { id: 'D', text: '10年' }] });
    expect(department.questions[2].draft).toMatchObject({ options: [{ id: 'A', text: '零售户' }, { id: 'B', text: '客户经理' }, { id: 'C', text: '上级烟草公司' }, { id: 'D', text: '物流配送中心' }] });
    expect(department.questions[3].draft).toMatchObject({ options: [{ id: 'A', text: '提交审核' }, { id: 'B', text: '登录系统' }, { id: 'C', text: '核对订货量' }, { id: 'D', text: '打印送货单' }] });
    expect(department.questions[5].draft).toMatchObject({ options: [{ id: 'A', text: '主动出示工作证件并说明来意' }, { id: 'B', text: '直接检查卷烟库存' }, { id: 'C', text: '要求零售户立即订货' }] });
  });

  it('keeps a stem written over two lines', () => {
    expect(department.questions[4].draft.stem).toBe('零售户将许可证转借他人使用的，\n烟草专卖行政主管部门应当如何处理？');
  });

  it('tolerates a blank line between the stem and its options, and before ANSWER', () => {
    expect(department.questions[6].draft).toMatchObject({ stem: '下列哪项属于卷烟零售终端陈列的基本要求？', answer: 'A' });
    expect(department.questions[7].draft).toMatchObject({ stem: '零售户订货后需修改订单的，应在什么时间前联系客户经理？', answer: 'A' });
  });

  it('sanitises markup that slipped into a stem', () => {
    const { questions } = parseAiken('<b>题干</b><script>alert(1)</script>\nA. 对\nB. 错\nANSWER: A');
    expect(questions[0].draft.stem).toBe('<b>题干</b>');
  });
});

describe('reporting faults in an Aiken file', () => {
  const result = parseAiken(fixture('malformed.aiken.txt'));

  it.each([
    [1, 'answer', '这道题缺少 ANSWER 行'],
    [9, 'answer', '答案 E 不在选项 A、B 之中'],
    [11, 'options', '只有 1 个选项，至少需要 2 个'],
    [19, 'answer', 'Aiken 格式只支持单选题'],
    [25, 'answer', 'ANSWER 后面缺少正确选项的字母'],
    [30, 'options', '选项 A 重复出现'],
    [33, 'answer', 'ANSWER 行前面没有题目和选项'],
  ])('line %i: %s — %s', (line, field, text) => {
    const issue = result.issues.find((i) => i.line === line && i.field === field);
    expect(issue?.message).toContain(`第 ${line} 行：`);
    expect(issue?.message).toContain(text);
  });

  it('lists every fault and nothing else, and still imports the sound question after them', () => {
    expect(result.issues).toHaveLength(7);
    expect(result.questions.map((q) => [q.line, q.draft.stem])).toEqual([[35, '总量浮动管理中，计划量的调整依据是什么？']]);
  });

  it('ends a question whose ANSWER is missing when the next stem starts right after its options', () => {
    const { questions, issues } = parseAiken('题一\nA. 甲\nB. 乙\n题二\nA. 丙\nB. 丁\nANSWER: B\n');
    expect(issues).toEqual([{ line: 1, field: 'answer', code: 'questionBank.aiken.noAnswerLine', message: '第 1 行：这道题缺少 ANSWER 行（在最后一个选项的下一行写正确选项的字母，例如 ANSWER: B）' }]);
    expect(questions).toEqual([{ line: 4, draft: { type: 'single', stem: '题二', options: [{ id: 'A', text: '丙' }, { id: 'B', text: '丁' }], answer: 'B' } }]);
  });

  it('reports a question with no options at all', () => {
    expect(parseAiken('只有题干\n\n下一题\nA. 甲\nB. 乙\nANSWER: A').issues).toEqual([
      { line: 1, field: 'options', code: 'questionBank.aiken.noOptionsNoAnswer', message: '第 1 行：这道题缺少选项和 ANSWER 行（选项写成 A. 内容，最后一行写 ANSWER: B）' },
    ]);
  });

  it('runs the cross-format checks on each parsed question', () => {
    expect(parseAiken('题干\nA.\nB. 乙\nANSWER: B').issues).toMatchObject([{ line: 1, field: 'options', message: '第 1 行：A 的内容不能为空' }]);
  });
});
