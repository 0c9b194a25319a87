import ExcelJS from 'exceljs';
import { QuestionDraft } from '../domain/question-draft';
import { sheetHeaders } from './sheet-columns';
import { parseQuestionXlsx, questionXlsxTemplate, TEMPLATE_EXAMPLES, writeQuestionXlsx } from './xlsx-questions';

/** A workbook as a trainer would make it in Excel: header row first, cells of any type. */
async function workbook(rows: ExcelJS.CellValue[][], name = 'Sheet1'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(name);
  rows.forEach((values, i) => {
    values.forEach((value, j) => {
      if (value !== undefined && value !== null) sheet.getCell(i + 1, j + 1).value = value;
    });
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

const ALL_TYPES: QuestionDraft[] = [
  {
    key: 'law-003',
    type: 'single',
    category: '烟草专卖法/零售许可',
    dimension: '法律法规',
    difficulty: 3,
    points: 2,
    tags: ['零售许可证', '发证机关'],
    stem: '依据《中华人民共和国烟草专卖法》，关于烟草专卖零售许可证的审查批准，下列表述正确的是？',
    options: [
      { id: 'A', text: '由乡镇人民政府审查批准发放' },
      { id: 'B', text: '一律由省级烟草专卖行政主管部门直接发放' },
      { id: 'C', text: '由县级烟草专卖行政主管部门审查批准发放' },
      { id: 'D', text: '由当地烟草公司营销部审核发放' },
    ],
    answer: 'C',
    explanation: '营销部是企业经营部门，不是发证机关。',
    source: { document: '中华人民共和国烟草专卖法', article: '第十六条', effectiveDate: '2015-04-24' },
  },
  {
    key: 'db-021',
    type: 'multiple',
    category: '客户服务/走访',
    dimension: '日常业务',
    difficulty: 2,
    points: 3,
    tags: ['走访'],
    stem: '客户经理走访零售户时，下列做法正确的有？',
    options: [
      { id: 'A', text: '了解经营情况' },
      { id: 'B', text: '代零售户提报订单' },
      { id: 'C', text: '宣传货源政策' },
      { id: 'D', text: '检查明码标价' },
      { id: 'E', text: '收取零售户现金货款' },
    ],
    answer: ['A', 'C', 'D'],
    explanation: '订单须由零售户自主提报，货款通过银行结算。',
    source: { document: '营销部下半年工作计划' },
  },
  {
    key: 'law-040',
    type: 'true_false',
    category: '未成年人保护',
    dimension: '法律法规',
    difficulty: 1,
    points: 1,
    tags: ['未成年人'],
    stem: '<p>零售户可以向<b>未成年人</b>出售卷烟。</p>',
    answer: false,
    explanation: '任何经营者不得向未成年人销售烟草制品。',
    source: { document: '中华人民共和国未成年人保护法', article: '第五十九条' },
  },
  {
    key: 'mk-010',
    type: 'fill_blank',
    category: '营销基础/4P',
    dimension: '营销知识',
    difficulty: 2,
    points: 2,
    tags: ['4P', '营销组合'],
    stem: '营销组合“4P”指产品、价格、{{1}}和{{2}}。',
    answer: [['渠道', '分销渠道'], ['促销']],
    explanation: 'Product、Price、Place、Promotion。',
  },
  {
    key: 'db-014',
    type: 'numeric',
    category: '经营指导/指标计算',
    dimension: '日常业务',
    difficulty: 1,
    points: 2,
    tags: ['计算'],
    stem: '某客户经理管理零售户120户，本月对其中78户开展了经营指导，经营指导面是多少？',
    answer: { value: 65, tolerance: 0 },
    unit: '%',
    explanation: '78 ÷ 120 × 100% = 65%。',
  },
  {
    key: 'mf-030',
    type: 'numeric',
    category: '市场分析',
    dimension: '市场分析与预测',
    difficulty: 4,
    points: 2.5,
    stem: '某品规环比增长率的合格区间？',
    answer: { min: -10.5, max: -9.5 },
  },
  {
    key: 'law-083',
    type: 'matching',
    category: '综合/违法行为与法律依据',
    dimension: '法律法规',
    difficulty: 3,
    points: 4,
    tags: ['法律依据'],
    stem: '请将零售环节的违法行为与其主要违反的法律对应起来。',
    left: [
      { id: 'L1', text: '向未满十八周岁的顾客出售卷烟' },
      { id: 'L2', text: '在店外竖立卷烟品牌广告牌' },
      { id: 'L3', text: '未取得零售许可证经营卷烟零售' },
      { id: 'L4', text: '无证运输卷烟' },
    ],
    right: [
      { id: 'R1', text: '中华人民共和国未成年人保护法' },
      { id: 'R2', text: '中华人民共和国广告法' },
      { id: 'R3', text: '中华人民共和国烟草专卖法' },
      { id: 'R4', text: '中华人民共和国食品安全法' },
    ],
    answer: { L1: 'R1', L2: 'R2', L3: 'R3', L4: 'R3' },
    explanation: '食品安全法不是这些行为的主要依据。',
    source: { document: '中华人民共和国烟草专卖法实施条例', effectiveDate: '2021-11-10' },
  },
  {
    key: 'law-087',
    type: 'ordering',
    category: '零售许可证管理/申领',
    dimension: '法律法规',
    difficulty: 2,
    points: 3,
    tags: ['申领流程'],
    stem: '请将烟草专卖零售许可证新办的一般流程按先后顺序排列。',
    items: [
      { id: 'S1', text: '发证机关作出准予许可的书面决定' },
      { id: 'S2', text: '申请人提交申请材料' },
      { id: 'S3', text: '发证机关审查材料并实地核查' },
      { id: 'S4', text: '向申请人送达零售许可证' },
      { id: 'S5', text: '发证机关受理申请' },
    ],
    answer: ['S2', 'S5', 'S3', 'S1', 'S4'],
    explanation: '申请、受理、审查、决定、送达。',
    source: { document: '中华人民共和国行政许可法' },
  },
  {
    key: 'sc-040',
    type: 'essay',
    category: '客户服务/投诉处理',
    dimension: '社交礼仪与沟通',
    difficulty: 5,
    points: 10,
    tags: ['沟通', '投诉处理'],
    stem: '零售户抱怨本月紧俏品规分配太少，你作为客户经理如何沟通？',
    referenceAnswer: '先倾听并表示理解；\n再说明货源投放规则与该户档位；\n最后给出提升档位的经营建议。',
    rubric: [
      { criterion: '倾听并安抚情绪', points: 3 },
      { criterion: '讲清投放规则', points: 4 },
      { criterion: '给出经营建议', points: 3 },
    ],
    explanation: '态度、规则、建议三者缺一不可。',
  },
];

describe('question XLSX', () => {
  it('gives a template whose example rows read back as one question per type, with no issues', async () => {
    const result = await parseQuestionXlsx(await questionXlsxTemplate());
    expect(result.issues).toEqual([]);
    expect(result.questions.map((q) => q.draft)).toEqual(TEMPLATE_EXAMPLES);
    expect(result.questions.map((q) => q.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(TEMPLATE_EXAMPLES.map((q) => q.type)).size).toBe(8);
  });

  it('explains every column on a 填写说明 sheet after the 题目 sheet', async () => {
    const book = await load(await questionXlsxTemplate());
    expect(book.worksheets.map((s) => s.name)).toEqual(['题目', '填写说明']);
    const guide = book.getWorksheet('填写说明');
    const explained: string[] = [];
    guide?.eachRow((row, n) => {
      if (n > 1) explained.push(row.getCell(1).text);
    });
    for (const header of sheetHeaders().filter((h) => !/^选项[B-H]$/.test(h))) expect(explained.join(' ')).toContain(header);
    expect(book.getWorksheet('题目')?.getRow(1).values).toEqual([undefined, ...sheetHeaders()]);
  });

  it('reads back what it writes: every type with full metadata, HTML stems as plain text', async () => {
    const result = await parseQuestionXlsx(await writeQuestionXlsx(ALL_TYPES));
    expect(result.issues).toEqual([]);
    const expected = ALL_TYPES.map((q) => (q.key === 'law-040' ? { ...q, stem: '零售户可以向未成年人出售卷烟。' } : q));
    expect(result.questions.map((q) => q.draft)).toStrictEqual(expected);
    expect(result.questions.map((q) => q.row)).toEqual(ALL_TYPES.map((_, i) => i + 2));
  });

  it('writes a formula-like stem as text that Excel will not run, and reads it back unchanged', async () => {
    const stem = '=HYPERLINK("http://x","点我")';
    const draft: QuestionDraft = { type: 'single', stem, options: [{ id: 'A', text: '-5' }, { id: 'B', text: '@所有人' }], answer: 'A', explanation: "'=已带引号的文字" };
    const buffer = await writeQuestionXlsx([draft]);
    const cell = (await load(buffer)).worksheets[0].getCell('C2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`'${stem}`);
    expect((await parseQuestionXlsx(buffer)).questions.map((q) => q.draft)).toStrictEqual([draft]);
  });

  it('adds option columns past 选项H when a question needs them (ordering and matching take up to 20)', async () => {
    const items = '甲乙丙丁戊己庚辛壬癸'.split('').map((text, i) => ({ id: `S${i + 1}`, text }));
    const draft: QuestionDraft = { type: 'ordering', stem: '排天干', items, answer: items.map((item) => item.id) };
    const buffer = await writeQuestionXlsx([draft]);
    expect((await load(buffer)).worksheets[0].getRow(1).values).toContain('选项J');
    const [read] = (await parseQuestionXlsx(buffer)).questions.map((q) => q.draft);
    expect(read.type === 'ordering' && read.items.map((item) => item.text)).toEqual(items.map((item) => item.text));
  });

  it('refuses a choice question with more options than the editor allows, at its row', async () => {
    const options = '甲乙丙丁戊己庚辛壬癸'.split('').map((text, i) => ({ id: String.fromCharCode(65 + i), text }));
    const { questions, issues } = await parseQuestionXlsx(await writeQuestionXlsx([{ type: 'single', stem: '选天干', options, answer: 'J' }]));
    expect(questions).toEqual([]);
    expect(issues).toEqual([{ row: 2, field: '选项', code: 'questionBank.check.tooMany', params: { label: '选项', max: 8, length: 10 }, message: '选项最多 8 个（现有 10 个）' }]);
  });

  it('gives the bank its usual ids whatever ids the written question had', async () => {
    const draft: QuestionDraft = { type: 'ordering', stem: '排列', items: [{ id: 'c', text: '三' }, { id: 'a', text: '一' }, { id: 'b', text: '二' }], answer: ['a', 'b', 'c'] };
    expect((await parseQuestionXlsx(await writeQuestionXlsx([draft]))).questions[0].draft).toEqual({
      type: 'ordering', stem: '排列', items: [{ id: 'S1', text: '三' }, { id: 'S2', text: '一' }, { id: 'S3', text: '二' }], answer: ['S2', 'S3', 'S1'],
    });
  });

  it('reads a trainer-made sheet: own column order, numbers, booleans, full-width answers, blank rows', async () => {
    const buffer = await workbook([
      ['题型', '题干', '选项A', '选项B', '选项C', '选项D', '正确答案', '难度', '分值', '备注'],
      ['单选题', '卷烟零售许可证的有效期是几年？', '3年', '5年', '8年', '10年', 'Ｂ', 2, 2, '老题'],
      [],
      ['判断', '零售户应当从当地烟草公司进货。', null, null, null, null, true, '易', 1],
      ['数值', '经营指导面最低要求是多少（%）？', null, null, null, null, 60, 3, 1.5],
      ['多选', '属于烟草专卖品的有？', '卷烟纸', '滤嘴棒', '打火机', '烟叶', 'A，B，D', '较难', 3],
      ['填空', '零售许可证有效期为____年。', null, null, null, null, '５|五', 2, 1],
      ['单选', { richText: [{ text: '依据' }, { font: { bold: true }, text: '专卖法' }, { text: '，下列正确的是？' }] }, '甲', '乙', null, null, 'A'],
    ]);
    const result = await parseQuestionXlsx(buffer);
    expect(result.issues).toEqual([]);
    expect(result.questions).toEqual([
      { row: 2, draft: { type: 'single', stem: '卷烟零售许可证的有效期是几年？', options: [{ id: 'A', text: '3年' }, { id: 'B', text: '5年' }, { id: 'C', text: '8年' }, { id: 'D', text: '10年' }], answer: 'B', difficulty: 2, points: 2 } },
      { row: 4, draft: { type: 'true_false', stem: '零售户应当从当地烟草公司进货。', answer: true, difficulty: 1, points: 1 } },
      { row: 5, draft: { type: 'numeric', stem: '经营指导面最低要求是多少（%）？', answer: { value: 60 }, difficulty: 3, points: 1.5 } },
      { row: 6, draft: { type: 'multiple', stem: '属于烟草专卖品的有？', options: [{ id: 'A', text: '卷烟纸' }, { id: 'B', text: '滤嘴棒' }, { id: 'C', text: '打火机' }, { id: 'D', text: '烟叶' }], answer: ['A', 'B', 'D'], difficulty: 4, points: 3 } },
      { row: 7, draft: { type: 'fill_blank', stem: '零售许可证有效期为{{1}}年。', answer: [['5', '五']], difficulty: 2, points: 1 } },
      { row: 8, draft: { type: 'single', stem: '依据专卖法，下列正确的是？', options: [{ id: 'A', text: '甲' }, { id: 'B', text: '乙' }], answer: 'A' } },
    ]);
  });

  it('reports every fault with its Excel row and column header, and keeps the sound rows', async () => {
    const buffer = await workbook([
      ['编号', '题型', '题干', '选项A', '选项B', '选项C', '选项D', '答案', '难度', '分值', '能力维度', '依据', '评分要点'],
      ['Q1', '单选', '下列哪项属于烟草制品？', '雪茄烟', '打火机', '卷烟纸', '烟叶', 'E'],
      ['Q2', '问答', '谈谈你的体会'],
      ['Q3', '判断', '零售户可以跨区域批发卷烟。', null, null, null, null, '不一定'],
      ['Q4', '单选', '', '甲', '乙', null, null, 'A', 7, -1],
      ['Q5', '多选', '下列正确的有？', '甲', null, '丙', '丁', 'ACD', null, null, '财务管理'],
      ['Q6', '简答', '如何沟通？', null, null, null, null, '先倾听', null, null, null, '第三条', '态度好'],
      ['Q1', '判断', '编号重复的题。', null, null, null, null, '对'],
      ['Q8', '数值', '有效期是几年？', null, null, null, null, '5'],
    ]);
    const result = await parseQuestionXlsx(buffer);
    // the messages, and the codes a translation goes by
    expect(result.issues).toMatchObject([
      { row: 2, field: '答案', code: 'questionBank.check.answerNotAnOption', params: { answer: 'E' }, message: '答案「E」不是任何一个选项' },
      { row: 3, field: '题型', message: '未知题型「问答」（可用：单选、多选、判断、填空、数值、匹配、排序、简答）' },
      { row: 4, field: '答案', code: 'questionBank.sheet.trueFalseUnreadable', params: { answer: '不一定' }, message: '判断题答案「不一定」无法识别，请填写 对 或 错' },
      { row: 5, field: '难度', message: '难度「7」无法识别，请填写 1–5 的整数，或 易、较易、中、较难、难' },
      { row: 5, field: '分值', message: '分值「-1」须为大于 0 的数字' },
      { row: 5, field: '题干', message: '题干不能为空' },
      { row: 6, field: '能力维度', message: '未知能力维度「财务管理」（可用：行业政策、供货政策、法律法规、V3系统操作、日常业务、营销知识、社交礼仪与沟通、市场分析与预测）' },
      { row: 6, field: '选项B', code: 'questionBank.sheet.optionGap', params: { letter: 'B' }, message: '选项B 为空，但后面的选项有内容；选项须从选项A起连续填写' },
      { row: 7, field: '依据', message: '依据须写明文件名称，如 中华人民共和国烟草专卖法 第十六条 2015-04-24' },
      { row: 7, field: '评分要点', message: '评分要点「态度好」缺少分值，请写成 要点：分值，如 说明依据条款：4' },
      { row: 8, field: '编号', code: 'questionBank.sheet.keyRepeated', params: { key: 'Q1', first: 2 }, message: '编号「Q1」与第 2 行重复' },
    ]);
    expect(result.questions).toEqual([{ row: 9, draft: { key: 'Q8', type: 'numeric', stem: '有效期是几年？', answer: { value: 5 } } }]);
  });

  it('names the missing required columns in one issue on row 1', async () => {
    const result = await parseQuestionXlsx(await workbook([['序号', '题目', '类别'], [1, '零售许可证有效期几年？', '许可']]));
    expect(result).toEqual({ questions: [], issues: [{ row: 1, field: '题型', code: 'questionBank.sheet.missingColumns', params: { columns: '题型、答案' }, message: '表头缺少必填列：题型、答案（请使用下载的模板，并确认题目在第一个工作表）' }] });
  });

  it('turns a file that is not a workbook into an issue instead of a crash', async () => {
    const result = await parseQuestionXlsx(Buffer.from('编号,题型,题干\n'));
    expect(result.questions).toEqual([]);
    expect(result.issues).toMatchObject([{ field: '文件', code: 'questionBank.sheet.unreadable', message: '文件不是有效的 XLSX（ZIP）文件' }]);
  });
});
