import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QuestionDraft } from '../domain/question-draft';
import { decodeCsv, readCsvRecords, sniffDelimiter } from '../../../platform/files/csv-text';
import { parseQuestionCsv } from './csv-questions';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../test/fixtures/formats', name));

/** department.utf8.csv, line by line, as a trainer means it. */
const DEPARTMENT: Array<{ line: number; draft: QuestionDraft }> = [
  {
    line: 2,
    draft: {
      key: 'BM-001', type: 'single', stem: '依据《中华人民共和国烟草专卖法》，下列物品中不属于烟草专卖品的是？',
      options: [{ id: 'A', text: '卷烟纸' }, { id: 'B', text: '滤嘴棒' }, { id: 'C', text: '打火机' }, { id: 'D', text: '烟用丝束' }], answer: 'C',
      explanation: '卷烟、雪茄烟、烟丝、复烤烟叶统称烟草制品, 打火机不属于烟草专卖品。', difficulty: 1, points: 2, category: '烟草专卖法/专卖品范围',
      tags: ['烟草专卖品', '专卖法'], dimension: '法律法规', source: { document: '中华人民共和国烟草专卖法', article: '第二条' },
    },
  },
  {
    line: 3,
    draft: {
      key: 'BM-002', type: 'multiple', stem: '客户经理走访零售户时，下列做法正确的有？',
      options: [{ id: 'A', text: '了解零售户经营情况' }, { id: 'B', text: '代零售户提报订单' }, { id: 'C', text: '宣传货源投放政策' }, { id: 'D', text: '引导零售户对条、盒明码标价' }],
      answer: ['A', 'C', 'D'], explanation: '订单须由零售户自主提报。', difficulty: 3, points: 3, category: '客户服务/走访', tags: ['走访', '明码标价'], dimension: '日常业务',
    },
  },
  {
    line: 4,
    draft: {
      key: 'BM-003', type: 'true_false', stem: '零售户可以在店外马路边竖立卷烟品牌广告牌。', answer: false, explanation: '户外烟草广告违反广告法。', difficulty: 1, points: 1,
      category: '烟草广告', tags: ['广告'], dimension: '法律法规', source: { document: '中华人民共和国广告法', article: '第二十二条', effectiveDate: '2021-04-29' },
    },
  },
  {
    line: 5,
    draft: {
      key: 'BM-004', type: 'true_false', stem: '卷烟零售许可证遗失的，应当向发证机关申请补办。', answer: true, difficulty: 1, points: 1,
      category: '零售许可证管理/补办', tags: ['补办'], dimension: '法律法规', source: { document: '烟草专卖许可证管理办法' },
    },
  },
  {
    line: 6,
    draft: {
      key: 'BM-005', type: 'fill_blank', stem: '零售许可证的有效期为{{1}}年，期满需要继续经营的，应当申请{{2}}。', answer: [['5', '五'], ['延续']], difficulty: 2, points: 2,
      category: '零售许可证管理/延续', tags: ['有效期', '延续'], dimension: '法律法规',
    },
  },
  {
    line: 7,
    draft: {
      key: 'BM-006', type: 'numeric', stem: '某零售户上月订购卷烟36条，本月订购45条，本月环比增长率是多少？', answer: { value: 25, tolerance: 0.5 }, unit: '%',
      explanation: '(45 - 36) ÷ 36 × 100% = 25%', difficulty: 2, points: 2, category: '经营指导/指标计算', tags: ['计算'], dimension: '日常业务',
    },
  },
  {
    line: 8,
    draft: {
      key: 'BM-007', type: 'numeric', stem: '某零售户上月销售卷烟40条，本月销售36条，本月销量环比增长率是多少（%）？', answer: { min: -10.5, max: -9.5 },
      explanation: '销量下降时增长率为负数。', difficulty: 3, points: 2, category: '经营指导/指标计算', tags: ['计算'], dimension: '市场分析与预测',
    },
  },
  {
    line: 9,
    draft: {
      key: 'BM-008', type: 'matching', stem: '请判断下列物品的类别。',
      left: [{ id: 'L1', text: '雪茄烟' }, { id: 'L2', text: '卷烟纸' }, { id: 'L3', text: '打火机' }, { id: 'L4', text: '复烤烟叶' }],
      right: [{ id: 'R1', text: '属于烟草制品' }, { id: 'R2', text: '属于烟草专卖品，但不属于烟草制品' }, { id: 'R3', text: '不属于烟草专卖品' }, { id: 'R4', text: '属于进口商品' }],
      answer: { L1: 'R1', L2: 'R2', L3: 'R3', L4: 'R1' },
      explanation: '复烤烟叶是烟草制品。', difficulty: 3, points: 4, category: '烟草专卖法/专卖品范围', tags: ['烟草制品', '专卖品'], dimension: '法律法规',
      source: { document: '中华人民共和国烟草专卖法' },
    },
  },
  {
    line: 10,
    draft: {
      key: 'BM-009', type: 'ordering', stem: '请将零售许可证新办的一般流程按先后顺序排列。',
      items: [{ id: 'S1', text: '作出准予许可的决定' }, { id: 'S2', text: '提交申请材料' }, { id: 'S3', text: '审查材料并实地核查' }, { id: 'S4', text: '受理申请' }],
      answer: ['S2', 'S4', 'S3', 'S1'], explanation: '申请、受理、审查、决定。', difficulty: 2, points: 3, category: '零售许可证管理/申领', tags: ['申领流程'], dimension: '法律法规',
      source: { document: '中华人民共和国行政许可法' },
    },
  },
  {
    line: 11,
    draft: {
      key: 'BM-010', type: 'essay', stem: '零售户抱怨本月紧俏品规分配太少，\n你作为客户经理如何沟通？',
      referenceAnswer: '先倾听并表示理解, 再说明货源投放规则与该户档位，最后给出经营建议。',
      rubric: [{ criterion: '倾听并安抚情绪', points: 3 }, { criterion: '讲清投放规则', points: 4 }, { criterion: '给出经营建议', points: 3 }],
      difficulty: 4, points: 10, category: '客户服务/沟通', tags: ['沟通', '投诉处理'], dimension: '社交礼仪与沟通',
    },
  },
  {
    line: 15,
    draft: {
      key: 'BM-011', type: 'single', stem: '卷烟营销中常说的"4P"不包括下列哪一项？',
      options: [{ id: 'A', text: '产品' }, { id: 'B', text: '价格' }, { id: 'C', text: '渠道' }, { id: 'D', text: '服务' }], answer: 'D',
      explanation: '4P指产品、价格、渠道和促销。', difficulty: 4, points: 2, category: '营销基础/4P', tags: ['营销组合'], dimension: '营销知识',
    },
  },
  {
    line: 16,
    draft: {
      key: 'BM-012', type: 'multiple', stem: '卷烟零售户应当遵守的规定有？',
      options: [{ id: 'A', text: '不得向未成年人售烟' }, { id: 'B', text: '按规定明码标价' }, { id: 'C', text: '从当地烟草公司进货' }, { id: 'D', text: '可以跨区域批发卷烟' }],
      answer: ['A', 'C', 'D'], difficulty: 3, points: 2, category: '零售管理', tags: ['合规'], dimension: '法律法规',
      source: { document: '中华人民共和国烟草专卖法实施条例', article: '第二十三条', effectiveDate: '2021-11-10' },
    },
  },
];

describe('question CSV', () => {
  it('reads a department file saved as UTF-8 with BOM: every question, at the line it starts on', () => {
    const result = parseQuestionCsv(fixture('department.utf8.csv'));
    expect(result.issues).toEqual([]);
    expect(result.questions).toStrictEqual(DEPARTMENT);
  });

  it('reads the same file saved by Chinese Windows Excel (GBK, CRLF) to the same questions', () => {
    const gbk = fixture('department.gbk.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(parseQuestionCsv(gbk)).toStrictEqual(parseQuestionCsv(fixture('department.utf8.csv')));
  });

  it('reads the same file without BOM and as UTF-16 "Unicode text" to the same questions', () => {
    const utf8 = fixture('department.utf8.csv');
    const expected = parseQuestionCsv(utf8);
    expect(parseQuestionCsv(utf8.subarray(3))).toStrictEqual(expected);
    const text = utf8.toString('utf8');
    expect(parseQuestionCsv(Buffer.from(text, 'utf16le'))).toStrictEqual(expected);
  });

  it('decodes UTF-8, UTF-8 with BOM, UTF-16LE with BOM and GBK', () => {
    expect(decodeCsv(Buffer.from('\uFEFF题型', 'utf8'))).toBe('题型');
    expect(decodeCsv(Buffer.from('题型', 'utf8'))).toBe('题型');
    expect(decodeCsv(Buffer.from('\uFEFF题型', 'utf16le'))).toBe('题型');
    expect(decodeCsv(Buffer.from([0xcc, 0xe2, 0xd0, 0xcd]))).toBe('题型');
  });

  it('reports each fault of a malformed file at its line and column, and keeps the sound questions', () => {
    const result = parseQuestionCsv(fixture('malformed.csv'));
    expect(result.issues).toMatchObject([
      { line: 3, field: '题型', message: '未知题型「连连看」（可用：单选、多选、判断、填空、数值、匹配、排序、简答）' },
      { line: 4, field: '答案', message: '答案「E」不是任何一个选项' },
      { line: 7, field: '答案', message: '答案「A1C」无法识别，请填写选项字母，如 ACD 或 A、C、D' },
      { line: 8, field: '题干', message: '第 8 行有一个双引号没有闭合，这一行已跳过；单元格内容中的双引号要写成两个（""）' },
      { line: 10, field: '难度', message: '难度「9」无法识别，请填写 1–5 的整数，或 易、较易、中、较难、难' },
      { line: 10, field: '答案', message: '数值题答案「六十」无法识别，请写成 60、60±0.5 或 59.5~60.5，单位可写在后面，如 80%' },
    ]);
    expect(result.questions).toMatchObject([
      { line: 2, draft: { key: 'M-01', type: 'single', stem: '卷烟零售许可证的有效期是几年？', options: [{ id: 'A', text: '3年' }, { id: 'B', text: '5年' }, { id: 'C', text: '8年' }, { id: 'D', text: '10年' }], answer: 'B', difficulty: 2 } },
      { line: 5, draft: { key: 'M-04', type: 'true_false', stem: '零售户应当\n从当地烟草公司进货。', answer: true, difficulty: 1 } },
      { line: 9, draft: { key: 'M-07', type: 'numeric', stem: '零售许可证有效期是多少年？', answer: { value: 5 }, difficulty: 1 } },
    ]);
  });

  it('sniffs ; and tab delimiters from the header line', () => {
    expect(sniffDelimiter('题型;题干;答案\n判断;"a,b";对')).toBe(';');
    expect(sniffDelimiter('题型\t题干\t答案')).toBe('\t');
    expect(sniffDelimiter('题型,题干,答案')).toBe(',');
    expect(sniffDelimiter('题干')).toBe(',');
    const semicolon = parseQuestionCsv(Buffer.from('题型;题干;答案;难度\n判断;"卷烟, 雪茄烟都是烟草制品";对;1\n'));
    expect(semicolon).toEqual({ issues: [], questions: [{ line: 2, draft: { type: 'true_false', stem: '卷烟, 雪茄烟都是烟草制品', answer: true, difficulty: 1 } }] });
    const tab = parseQuestionCsv(Buffer.from('题型\t题干\t答案\n判断\t零售户可以代客订货。\t错\n'));
    expect(tab.questions.map((q) => q.draft)).toEqual([{ type: 'true_false', stem: '零售户可以代客订货。', answer: false }]);
  });

  it('follows RFC 4180: quoted delimiters, doubled quotes and line breaks inside quotes, CRLF or LF', () => {
    const text = 'a,"b,c","say ""hi"""\r\n"multi\r\nline",x\r\n\r\n,,\nlast,"",end';
    expect(readCsvRecords(text, ',')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b,c', 'say "hi"'] },
        { line: 2, fields: ['multi\nline', 'x'] },
        { line: 6, fields: ['last', '', 'end'] },
      ],
      faults: [],
    });
  });

  it('names the missing required columns in one issue on line 1', () => {
    expect(parseQuestionCsv(Buffer.from('序号,题目,正确答案\n1,有效期几年？,5\n'))).toMatchObject({
      questions: [],
      issues: [{ line: 1, field: '题型', message: '表头缺少必填列：题型（请使用下载的模板，并确认题目在第一个工作表）' }],
    });
  });

  it('undoes the formula guard of a CSV saved from an exported workbook', () => {
    const result = parseQuestionCsv(Buffer.from('题型,题干,答案\n判断,"\'=HYPERLINK(""http://x"",""点我"")",对\n'));
    expect(result.questions.map((q) => q.draft.stem)).toEqual(['=HYPERLINK("http://x","点我")']);
  });

  it('says a file with no lines is empty', () => {
    expect(parseQuestionCsv(Buffer.from('\uFEFF'))).toMatchObject({ questions: [], issues: [{ line: 1, field: '题干', message: '文件是空的：第一行应为表头，之后每行一道题' }] });
  });
});
