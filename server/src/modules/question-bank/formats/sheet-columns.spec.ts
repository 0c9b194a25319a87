import { QuestionDraft } from '../domain/question-draft';
import { sheetHeaders } from './sheet-columns';
import {
  canonicalHeader,
  cellsToDraft,
  fromCellText,
  markBlanks,
  parseBlanks,
  parseDifficulty,
  parseLetters,
  parseNumericAnswer,
  parseRubric,
  parseSheetRecords,
  parseSource,
  parseTags,
  parseTrueFalse,
  parseTypeWord,
} from './sheet-reader';
import { draftToCells, formatNumericAnswer, formatSource, toCellText } from './sheet-writer';

const row = (values: Record<string, string>) => cellsToDraft(new Map(Object.entries(values)));

describe('spreadsheet columns for questions', () => {
  it('lays out the columns trainers know, in order', () => {
    expect(sheetHeaders()).toEqual(['编号', '题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '选项G', '选项H', '答案', '解析', '难度', '分值', '分类', '标签', '能力维度', '依据', '评分要点']);
    expect(sheetHeaders(10)).toContain('选项J');
  });

  it('recognises headers typed with spaces, full-width letters, a required mark or a common synonym', () => {
    expect(canonicalHeader(' 选项 Ａ ')).toBe('选项A');
    expect(canonicalHeader('选项b')).toBe('选项B');
    expect(canonicalHeader('题型*')).toBe('题型');
    expect(canonicalHeader('题干（必填）')).toBe('题干');
    expect(canonicalHeader('正确答案')).toBe('答案');
    expect(canonicalHeader('序号')).toBeUndefined();
  });

  it('accepts every type word in Chinese and English', () => {
    const words: Array<[string, string]> = [
      ['单选', 'single'], ['单选题', 'single'], ['single', 'single'],
      ['多选', 'multiple'], ['多选题', 'multiple'], ['MULTIPLE', 'multiple'],
      ['判断', 'true_false'], ['判断题', 'true_false'], ['true_false', 'true_false'],
      ['填空', 'fill_blank'], ['填空题', 'fill_blank'], ['fill_blank', 'fill_blank'],
      ['数值', 'numeric'], ['数值题', 'numeric'], ['numeric', 'numeric'],
      ['匹配', 'matching'], ['匹配题', 'matching'], ['matching', 'matching'],
      ['排序', 'ordering'], ['排序题', 'ordering'], ['ordering', 'ordering'],
      ['简答', 'essay'], ['简答题', 'essay'], ['论述', 'essay'], ['essay', 'essay'],
    ];
    for (const [word, type] of words) expect(parseTypeWord(word)).toBe(type);
    expect(parseTypeWord('连连看')).toBeUndefined();
  });

  it('reads choice letters however they are separated, in full-width too', () => {
    expect(parseLetters('ACD')).toEqual(['A', 'C', 'D']);
    expect(parseLetters('A,C,D')).toEqual(['A', 'C', 'D']);
    expect(parseLetters('A、C、D')).toEqual(['A', 'C', 'D']);
    expect(parseLetters('ａ，ｃ；Ｄ')).toEqual(['A', 'C', 'D']);
    expect(parseLetters('A1C')).toBeUndefined();
  });

  it('reads true/false in the ways trainers write it', () => {
    for (const yes of ['对', '正确', '√', 'T', 'TRUE', 'true', '是', 'Ｔ']) expect(parseTrueFalse(yes)).toBe(true);
    for (const no of ['错', '错误', '×', 'F', 'FALSE', 'false', '否']) expect(parseTrueFalse(no)).toBe(false);
    expect(parseTrueFalse('可能')).toBeUndefined();
  });

  it('turns （  ） and ____ blanks into numbered markers, leaving {{n}} stems alone', () => {
    expect(markBlanks('有效期为（  ）年，期满申请____。')).toBe('有效期为{{1}}年，期满申请{{2}}。');
    expect(markBlanks('有效期为（）年')).toBe('有效期为{{1}}年');
    expect(markBlanks('{{1}}和（  ）')).toBe('{{1}}和（  ）');
    expect(markBlanks('（填写数字）')).toBe('（填写数字）');
  });

  it('splits blanks on ；/; and alternatives on |', () => {
    expect(parseBlanks('5|五；延续')).toEqual([['5', '五'], ['延续']]);
    expect(parseBlanks('渠道 | 分销渠道;促销;')).toEqual([['渠道', '分销渠道'], ['促销']]);
    expect(parseBlanks('１２３')).toEqual([['123']]);
  });

  it('reads numeric answers as a value, a tolerance or a range — negatives included', () => {
    expect(parseNumericAnswer('60')).toEqual({ answer: { value: 60 } });
    expect(parseNumericAnswer('60±0.5')).toEqual({ answer: { value: 60, tolerance: 0.5 } });
    expect(parseNumericAnswer('60+-0.5')).toEqual({ answer: { value: 60, tolerance: 0.5 } });
    expect(parseNumericAnswer('59.5~60.5')).toEqual({ answer: { min: 59.5, max: 60.5 } });
    expect(parseNumericAnswer('59.5～60.5')).toEqual({ answer: { min: 59.5, max: 60.5 } });
    expect(parseNumericAnswer('59.5-60.5')).toEqual({ answer: { min: 59.5, max: 60.5 } });
    expect(parseNumericAnswer('-5')).toEqual({ answer: { value: -5 } });
    expect(parseNumericAnswer('-10.5--9.5')).toEqual({ answer: { min: -10.5, max: -9.5 } });
    expect(parseNumericAnswer('-5-3')).toEqual({ answer: { min: -5, max: 3 } });
    expect(parseNumericAnswer('-3±0.5')).toEqual({ answer: { value: -3, tolerance: 0.5 } });
    expect(parseNumericAnswer('６０')).toEqual({ answer: { value: 60 } });
    expect(parseNumericAnswer('1,200')).toEqual({ answer: { value: 1200 } });
    expect(parseNumericAnswer('80%')).toEqual({ answer: { value: 80 }, unit: '%' });
    expect(parseNumericAnswer('25±0.5 %')).toEqual({ answer: { value: 25, tolerance: 0.5 }, unit: '%' });
    expect(parseNumericAnswer('5日')).toEqual({ answer: { value: 5 }, unit: '日' });
    expect(parseNumericAnswer('六十')).toBeUndefined();
    expect(parseNumericAnswer('60 5')).toBeUndefined();
  });

  it('writes numeric answers so they read back the same', () => {
    const answers = [{ value: 60 }, { value: 60, tolerance: 0 }, { value: -3, tolerance: 0.5 }, { min: -10.5, max: -9.5 }, { min: 59.5, max: 60.5 }];
    for (const answer of answers) expect(parseNumericAnswer(formatNumericAnswer(answer))).toEqual({ answer });
    expect(parseNumericAnswer(formatNumericAnswer({ value: 80, tolerance: 0 }, '%'))).toEqual({ answer: { value: 80, tolerance: 0 }, unit: '%' });
  });

  it('reads 依据 into document, article and date, and writes it back the same way', () => {
    const full = '中华人民共和国烟草专卖法 第十六条 2015-04-24';
    expect(parseSource(full)).toEqual({ source: { document: '中华人民共和国烟草专卖法', article: '第十六条', effectiveDate: '2015-04-24' } });
    expect(formatSource(parseSource(full).source ?? { document: '' })).toBe(full);
    expect(parseSource('烟草专卖许可证管理办法')).toEqual({ source: { document: '烟草专卖许可证管理办法' } });
    expect(parseSource('《烟草专卖法实施条例》第二十三条第二款')).toEqual({ source: { document: '《烟草专卖法实施条例》', article: '第二十三条第二款' } });
    expect(parseSource('未成年人保护法 2021年6月1日')).toEqual({ source: { document: '未成年人保护法', effectiveDate: '2021-06-01' } });
    expect(parseSource('广告法 2021-02-30').fault).toMatchObject({ code: 'questionBank.sheet.sourceDateInvalid', params: { date: '2021-02-30' }, message: expect.stringMatching(/不存在/) });
    expect(parseSource('烟草专卖许可证管理办法（试行） ２０１６－０３－０１')).toEqual({ source: { document: '烟草专卖许可证管理办法（试行）', effectiveDate: '2016-03-01' } });
    expect(parseSource('第十六条').fault?.message).toMatch(/文件名称/);
  });

  it('reads difficulty as 1–5 or as words', () => {
    expect(['易', '较易', '中', '较难', '难'].map(parseDifficulty)).toEqual([1, 2, 3, 4, 5]);
    expect(parseDifficulty('4')).toBe(4);
    expect(parseDifficulty('３')).toBe(3);
    expect(parseDifficulty('6')).toBeUndefined();
    expect(parseDifficulty('2.5')).toBeUndefined();
  });

  it('splits tags on any comma, 、 or semicolon', () => {
    expect(parseTags('零售许可证,发证机关，时限、补办;变更；延续, 补办')).toEqual(['零售许可证', '发证机关', '时限', '补办', '变更', '延续']);
  });

  it('reads rubric points from 要点：分值 items, one per line or separated by ；', () => {
    expect(parseRubric('说明依据条款：4；说明处罚标准:6')).toEqual({ rubric: [{ criterion: '说明依据条款', points: 4 }, { criterion: '说明处罚标准', points: 6 }], faults: [] });
    expect(parseRubric('倾听（3分）\n讲清规则：２分')).toEqual({ rubric: [{ criterion: '倾听', points: 3 }, { criterion: '讲清规则', points: 2 }], faults: [] });
    expect(parseRubric('态度好').faults).toEqual([
      { code: 'questionBank.sheet.rubricPointsMissing', params: { item: '态度好' }, message: '评分要点「态度好」缺少分值，请写成 要点：分值，如 说明依据条款：4' },
    ]);
  });

  it('guards formula-like text with one apostrophe and removes exactly that one when reading', () => {
    for (const text of ['=HYPERLINK("http://x","点我")', '+86 电话', '-5', '@某人', "'=已有引号", "''+两个", "'普通引号", '普通']) {
      expect(fromCellText(toCellText(text))).toBe(text);
    }
    expect(toCellText('=1+1')).toBe("'=1+1");
    expect(fromCellText("'单引号开头")).toBe("'单引号开头");
  });
});

describe('one row as a question', () => {
  it('reads a single-choice row with all its metadata', () => {
    expect(
      row({
        编号: 'law-003', 题型: '单选题', 题干: '零售许可证由谁发放？', 选项A: '乡镇人民政府', 选项B: '县级烟草专卖局', 答案: 'ｂ',
        解析: '见第十六条', 难度: '较易', 分值: '2分', 分类: '烟草专卖法 / 零售许可', 标签: '许可证，发证机关', 能力维度: '法律法规', 依据: '中华人民共和国烟草专卖法 第十六条',
      }),
    ).toEqual({
      draft: {
        key: 'law-003', type: 'single', stem: '零售许可证由谁发放？', options: [{ id: 'A', text: '乡镇人民政府' }, { id: 'B', text: '县级烟草专卖局' }], answer: 'B',
        explanation: '见第十六条', difficulty: 2, points: 2, category: '烟草专卖法/零售许可', tags: ['许可证', '发证机关'], dimension: '法律法规',
        source: { document: '中华人民共和国烟草专卖法', article: '第十六条' },
      },
      issues: [],
    });
  });

  it('names the answer that is not an option, in the 答案 column', () => {
    expect(row({ 题型: '单选', 题干: '题', 选项A: '甲', 选项B: '乙', 选项C: '丙', 选项D: '丁', 答案: 'E' })).toMatchObject({ issues: [{ field: '答案', message: '答案「E」不是任何一个选项' }] });
  });

  it('reports each faulty cell once, under its own header', () => {
    const { draft, issues } = row({ 题型: '多选', 题干: '', 选项A: '甲', 选项C: '丙', 答案: 'AC', 难度: '很难', 分值: '零', 能力维度: '财务', 依据: '第二条' });
    expect(draft).toBeUndefined();
    expect(issues.map((i) => i.field).sort()).toEqual(['依据', '分值', '能力维度', '难度', '题干', '选项B'].sort());
    expect(issues.find((i) => i.field === '选项B')?.message).toBe('选项B 为空，但后面的选项有内容；选项须从选项A起连续填写');
  });

  it('explains an unknown type and lists the ones it can use', () => {
    expect(row({ 题型: '连连看', 题干: '请连线', 答案: 'A' }).issues).toMatchObject([{ field: '题型', message: '未知题型「连连看」（可用：单选、多选、判断、填空、数值、匹配、排序、简答）' }]);
  });

  it('reads a true/false answer given as the letter of a 正确/错误 option', () => {
    expect(row({ 题型: '判断', 题干: '可以向未成年人售烟。', 选项A: '正确', 选项B: '错误', 答案: 'B' }).draft).toEqual({ type: 'true_false', stem: '可以向未成年人售烟。', answer: false });
  });

  it('reads a fill-in row with （  ） blanks and alternatives', () => {
    expect(row({ 题型: '填空', 题干: '有效期为（  ）年，期满申请（ ）。', 答案: '5|五；延续' }).draft).toMatchObject({ type: 'fill_blank', stem: '有效期为{{1}}年，期满申请{{2}}。', answer: [['5', '五'], ['延续']] });
    expect(row({ 题型: '填空', 题干: '有效期为（  ）年。', 答案: '5；延续' }).issues).toMatchObject([{ field: '答案', message: '题干有 1 个空，答案给了 2 组' }]);
  });

  it('reads a matching row with a distractor and a right item shared by two left items', () => {
    expect(row({ 题型: '匹配', 题干: '判断类别', 选项A: '雪茄烟=烟草制品', 选项B: '烟叶=专卖品', 选项C: '复烤烟叶 = 烟草制品', 选项D: '=非专卖品', 答案: '忽略' }).draft).toMatchObject({
      type: 'matching',
      stem: '判断类别',
      left: [{ id: 'L1', text: '雪茄烟' }, { id: 'L2', text: '烟叶' }, { id: 'L3', text: '复烤烟叶' }],
      right: [{ id: 'R1', text: '烟草制品' }, { id: 'R2', text: '专卖品' }, { id: 'R3', text: '非专卖品' }],
      answer: { L1: 'R1', L2: 'R2', L3: 'R1' },
    });
    expect(row({ 题型: '匹配', 题干: '判断类别', 选项A: '雪茄烟 烟草制品', 选项B: '烟叶=专卖品', 选项C: '卷烟纸=' }).issues).toMatchObject([
      { field: '选项A', message: '选项A「雪茄烟 烟草制品」缺少「=」，匹配题请写成 左项=右项（干扰项写成 =右项）' },
      { field: '选项C', message: '选项C「卷烟纸=」缺少右项' },
    ]);
    expect(row({ 题型: '匹配', 题干: '判断类别', 选项A: '雪茄烟=烟草制品', 选项B: '=专卖品' }).issues).toMatchObject([{ field: '选项', message: '匹配题至少需要 2 组「左项=右项」' }]);
  });

  it('reads an ordering row and rejects letters beyond the items', () => {
    expect(row({ 题型: '排序', 题干: '排列', 选项A: '决定', 选项B: '申请', 选项C: '审查', 答案: 'B→C→A' }).draft).toMatchObject({
      type: 'ordering', stem: '排列', items: [{ id: 'S1', text: '决定' }, { id: 'S2', text: '申请' }, { id: 'S3', text: '审查' }], answer: ['S2', 'S3', 'S1'],
    });
    expect(row({ 题型: '排序', 题干: '排列', 选项A: '决定', 选项B: '申请', 选项C: '审查', 答案: 'BCD' }).issues).toMatchObject([{ field: '答案', message: '答案中的「D」不是任何一个选项' }]);
  });

  it('imports an essay without 评分要点 (the item checks flag it 待补评分要点)', () => {
    expect(row({ 题型: '简答', 题干: '如何沟通？', 答案: '先倾听' }).issues).toEqual([]);
  });

  it('writes each type as cells that read back to the same question', () => {
    const drafts: QuestionDraft[] = [
      { type: 'multiple', stem: '多', options: [{ id: 'x', text: '甲' }, { id: 'y', text: '乙' }, { id: 'z', text: '丙' }], answer: ['z', 'x'] },
      { type: 'numeric', stem: '数', answer: { min: -2, max: 3 }, unit: '条' },
    ];
    expect(cellsToDraft(stringCells(drafts[0])).draft).toEqual({ type: 'multiple', stem: '多', options: [{ id: 'A', text: '甲' }, { id: 'B', text: '乙' }, { id: 'C', text: '丙' }], answer: ['C', 'A'] });
    expect(cellsToDraft(stringCells(drafts[1])).draft).toEqual(drafts[1]);
  });
});

describe('a whole sheet', () => {
  it('names every missing required column in one issue on the header row', () => {
    expect(parseSheetRecords(['编号', '题目'], 1, [{ at: 2, values: { 编号: '1', 题目: '题' } }])).toMatchObject({
      questions: [],
      issues: [{ at: 1, field: '题型', message: '表头缺少必填列：题型、答案（请使用下载的模板，并确认题目在第一个工作表）' }],
    });
  });

  it('reports a repeated 编号 on the later row', () => {
    const values = { 编号: 'Q1', 题型: '判断', 题干: '题', 答案: '对' };
    const { questions, issues } = parseSheetRecords(['编号', '题型', '题干', '答案'], 1, [{ at: 2, values }, { at: 3, values }]);
    expect(questions.map((q) => q.at)).toMatchObject([2]);
    expect(issues).toMatchObject([{ at: 3, field: '编号', message: '编号「Q1」与第 2 行重复' }]);
  });

  it('says so when there is no question under the header', () => {
    expect(parseSheetRecords(['题型', '题干', '答案'], 1, []).issues).toMatchObject([{ at: 2, field: '题干', message: '表格中没有题目：请从表头下一行起每行填写一道题' }]);
  });
});

function stringCells(draft: QuestionDraft): Map<string, string> {
  return new Map([...draftToCells(draft)].map(([header, value]) => [header, String(value)]));
}
