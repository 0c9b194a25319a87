import ExcelJS from 'exceljs';
import { readSheet, safeCellText, SpreadsheetError } from '../../../platform/files/xlsx-sheet';
import { QuestionIssues } from '../domain/question-bank-issues';
import { COMPETENCY_DIMENSIONS, ParseResult, QuestionDraft } from '../domain/question-draft';
import { REQUIRED_HEADERS, sheetHeaders, TYPE_WORD } from './sheet-columns';
import { parseSheetRecords } from './sheet-reader';
import { draftToCells, questionSheetHeaders, toCellText } from './sheet-writer';

/** Reads the first worksheet of a workbook laid out as sheet-columns describes. */
export async function parseQuestionXlsx(buffer: Buffer): Promise<ParseResult> {
  let sheet: Awaited<ReturnType<typeof readSheet>>;
  try {
    sheet = await readSheet(buffer);
  } catch (error) {
    if (error instanceof SpreadsheetError) return { questions: [], issues: [{ field: '文件', ...QuestionIssues['questionBank.sheet.unreadable']({ detail: error.message }) }] };
    throw error;
  }
  const { questions, issues } = parseSheetRecords(
    sheet.headers,
    1,
    sheet.rows.map((r) => ({ at: r.row, values: r.values })),
  );
  return {
    questions: questions.map((q) => ({ draft: q.draft, row: q.at })),
    issues: issues.map(({ at, ...issue }) => ({ row: at, ...issue })),
  };
}

export async function writeQuestionXlsx(questions: QuestionDraft[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addQuestionSheet(workbook, questions);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook a trainer fills in: one example per type on 题目, every column explained on 填写说明. */
export async function questionXlsxTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addQuestionSheet(workbook, TEMPLATE_EXAMPLES);
  const headers = sheetHeaders();
  // Suggestions only, so synonyms such as 单选题 stay allowed. Added as one range: exceljs's typings
  // offer only per-cell validations, which it merges into overlapping ranges that Excel must repair.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } })
    .dataValidations;
  const suggest = (header: string, values: string[]) => {
    const column = sheet.getColumn(headers.indexOf(header) + 1).letter;
    validations.add(`${column}2:${column}1000`, {
      type: 'list',
      allowBlank: true,
      showErrorMessage: false,
      formulae: [`"${values.join(',')}"`],
    });
  };
  suggest('题型', Object.values(TYPE_WORD));
  suggest('能力维度', [...COMPETENCY_DIMENSIONS]);
  const guide = workbook.addWorksheet('填写说明');
  guide.addRow(['列', '必填', '怎么填', '示例']).font = { bold: true };
  for (const line of GUIDE) guide.addRow(line.map(safeCellText));
  guide.columns = [{ width: 12 }, { width: 8 }, { width: 80 }, { width: 40 }];
  guide.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));
  guide.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const WIDE_COLUMNS: Record<string, number> = { 题干: 48, 答案: 20, 解析: 40, 依据: 36, 评分要点: 30, 分类: 20, 标签: 16, 能力维度: 16 };

function addQuestionSheet(workbook: ExcelJS.Workbook, questions: QuestionDraft[]): ExcelJS.Worksheet {
  const headers = questionSheetHeaders(questions);
  const sheet = workbook.addWorksheet('题目');
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  for (const required of REQUIRED_HEADERS) header.getCell(headers.indexOf(required) + 1).font = { bold: true, color: { argb: 'FFC00000' } };
  for (const question of questions) {
    const cells = draftToCells(question);
    sheet.addRow(
      headers.map((h) => {
        const value = cells.get(h);
        return typeof value === 'string' ? toCellText(value) : value;
      }),
    );
  }
  headers.forEach((h, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = WIDE_COLUMNS[h] ?? (h.startsWith('选项') ? 16 : 10);
    // text format, so what a trainer types later (001, 80%, 1/2) is not turned into a number or date
    if (h !== '难度' && h !== '分值') column.numFmt = '@';
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return sheet;
}

/** One question per type; the template spec proves they read back unchanged. */
export const TEMPLATE_EXAMPLES: QuestionDraft[] = [
  {
    key: '示例-01',
    type: 'single',
    category: '烟草专卖法/零售许可',
    dimension: '法律法规',
    difficulty: 2,
    points: 2,
    tags: ['零售许可证', '发证机关'],
    stem: '依据《中华人民共和国烟草专卖法》，烟草专卖零售许可证由哪个部门审查批准发放？',
    options: [
      { id: 'A', text: '乡镇人民政府' },
      { id: 'B', text: '县级烟草专卖行政主管部门' },
      { id: 'C', text: '当地烟草公司营销部' },
      { id: 'D', text: '省级烟草专卖局' },
    ],
    answer: 'B',
    explanation: '已设立县级烟草专卖行政主管部门的地方，由其审查批准发放零售许可证。',
    source: { document: '中华人民共和国烟草专卖法', article: '第十六条', effectiveDate: '2015-04-24' },
  },
  {
    key: '示例-02',
    type: 'multiple',
    category: '客户服务/走访',
    dimension: '日常业务',
    difficulty: 3,
    points: 3,
    tags: ['走访'],
    stem: '客户经理走访零售户时，应当完成的工作有哪些？',
    options: [
      { id: 'A', text: '了解零售户经营情况' },
      { id: 'B', text: '代零售户提报订单' },
      { id: 'C', text: '宣传货源投放政策' },
      { id: 'D', text: '检查卷烟明码标价' },
    ],
    answer: ['A', 'C', 'D'],
    explanation: '订单须由零售户自主提报，客户经理不得代订。',
  },
  {
    key: '示例-03',
    type: 'true_false',
    dimension: '法律法规',
    difficulty: 1,
    points: 1,
    stem: '零售户可以向未成年人出售卷烟。',
    answer: false,
    explanation: '任何经营者不得向未成年人销售烟草制品。',
    source: { document: '中华人民共和国未成年人保护法', article: '第五十九条' },
  },
  {
    key: '示例-04',
    type: 'fill_blank',
    dimension: '营销知识',
    difficulty: 2,
    points: 2,
    stem: '卷烟营销的“4P”理论包括产品、价格、{{1}}和{{2}}。',
    answer: [['渠道', '分销渠道'], ['促销']],
  },
  {
    key: '示例-05',
    type: 'numeric',
    dimension: '日常业务',
    difficulty: 2,
    points: 2,
    stem: '某客户经理管理零售户120户，本月对其中78户开展了经营指导，经营指导面是多少？',
    answer: { value: 65, tolerance: 0.5 },
    unit: '%',
    explanation: '经营指导面 = 78 ÷ 120 × 100% = 65%。',
  },
  {
    key: '示例-06',
    type: 'matching',
    dimension: '法律法规',
    difficulty: 3,
    points: 4,
    stem: '请将零售户遇到的情况与应当办理的手续对应起来。',
    left: [
      { id: 'L1', text: '许可证有效期即将届满' },
      { id: 'L2', text: '登记事项发生变化' },
      { id: 'L3', text: '许可证不慎遗失' },
    ],
    right: [
      { id: 'R1', text: '申请延续' },
      { id: 'R2', text: '申请变更' },
      { id: 'R3', text: '申请补办' },
      { id: 'R4', text: '无需办理任何手续' },
    ],
    answer: { L1: 'R1', L2: 'R2', L3: 'R3' },
  },
  {
    key: '示例-07',
    type: 'ordering',
    dimension: '法律法规',
    difficulty: 2,
    points: 3,
    stem: '请将零售许可证新办的一般流程按先后顺序排列。',
    items: [
      { id: 'S1', text: '作出准予许可的决定' },
      { id: 'S2', text: '提交申请材料' },
      { id: 'S3', text: '审查材料并实地核查' },
      { id: 'S4', text: '受理申请' },
    ],
    answer: ['S2', 'S4', 'S3', 'S1'],
  },
  {
    key: '示例-08',
    type: 'essay',
    dimension: '社交礼仪与沟通',
    difficulty: 4,
    points: 10,
    stem: '零售户抱怨本月紧俏品规分配太少，你作为客户经理如何沟通？',
    referenceAnswer: '先倾听并表示理解，再说明货源投放规则与该户档位，最后给出提升档位的经营建议。',
    rubric: [
      { criterion: '倾听并安抚情绪', points: 3 },
      { criterion: '讲清投放规则', points: 4 },
      { criterion: '给出经营建议', points: 3 },
    ],
  },
];

const GUIDE: string[][] = [
  ['编号', '否', '题目在题库中的固定编号，同一文件内不能重复。填写后再次导入同一编号会更新该题。', '法规-001'],
  ['题型', '是', '单选、多选、判断、填空、数值、匹配、排序、简答（也可写 单选题、论述 等）。', '单选'],
  [
    '题干',
    '是',
    '题目正文。填空题用 {{1}}、{{2}} 标出空位，也可直接写（  ）或 ____，系统按先后顺序编号。',
    '卷烟营销4P包括产品、价格、{{1}}和{{2}}。',
  ],
  [
    '选项A…选项H',
    '视题型',
    '单选、多选、排序题：每列一个选项或条目，从选项A起连续填写，不要跳空。匹配题：每列写一对“左项=右项”；只属于右侧的干扰项在等号前留空，只写等号和右项。判断、填空、数值、简答题不填。',
    '县级烟草专卖行政主管部门',
  ],
  [
    '答案',
    '是',
    '单选：一个字母，如 B。多选：如 ACD、A,C,D 或 A、C、D。判断：对/错（也可写 正确/错误、√/×、T/F、是/否）。填空：各空之间用；分隔，同一空的多个可接受答案用 | 分隔。数值：60、60±0.5、59.5~60.5，单位写在后面，如 80%。排序：按正确顺序写选项字母，如 CABD。简答：参考答案全文。匹配题不填。',
    '渠道|分销渠道；促销',
  ],
  ['解析', '否', '答案解析，考后展示给考生。', ''],
  ['难度', '否', '1–5 的整数，也可写 易、较易、中、较难、难。', '3'],
  ['分值', '否', '大于 0 的数字。', '2'],
  ['分类', '否', '分类路径，各级之间用 / 分隔。', '烟草专卖法/零售许可'],
  ['标签', '否', '多个标签用 、或逗号分隔。', '零售许可证、发证机关'],
  ['能力维度', '否', `只能是：${COMPETENCY_DIMENSIONS.join('、')}。`, '法律法规'],
  ['依据', '否', '文件名称，可跟条款（第…条）和生效日期（年-月-日），用空格分隔。', '中华人民共和国烟草专卖法 第十六条 2015-04-24'],
  ['评分要点', '简答题必填', '每条写成“要点：分值”，条与条之间用；或换行分隔。', '倾听并安抚情绪：3；讲清投放规则：4'],
];
