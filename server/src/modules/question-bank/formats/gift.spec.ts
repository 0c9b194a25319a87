import { readFileSync } from 'fs';
import { join } from 'path';
import type { QuestionDraft } from '../domain/question-draft';
import { parseGift } from './gift-reader';
import { writeGift } from './gift-writer';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../test/fixtures/formats', name), 'utf8');

function byKey(text: string): Map<string | undefined, QuestionDraft> {
  return new Map(parseGift(text).questions.map((q) => [q.draft.key, q.draft]));
}

function drafts(text: string): QuestionDraft[] {
  const result = parseGift(text);
  expect(result.issues).toEqual([]);
  return result.questions.map((q) => q.draft);
}

describe('importing a GIFT file a trainer exported from Moodle', () => {
  const department = parseGift(fixture('department.gift'));
  const q = (key: string) => {
    const found = department.questions.find((x) => x.draft.key === key);
    if (!found) throw new Error(`no question ${key}`);
    return found.draft;
  };

  it('reads every question without a single issue', () => {
    expect(department.issues).toEqual([]);
    expect(department.questions.map((x) => x.draft.type)).toEqual([
      'single', 'multiple', 'true_false', 'fill_blank', 'fill_blank', 'matching',
      'numeric', 'numeric', 'true_false', 'single', 'essay',
      'ordering', 'single', 'fill_blank', 'true_false', 'true_false', 'true_false',
    ]);
  });

  it('points each question at the line its text starts on', () => {
    expect(department.questions.slice(0, 3).map((x) => x.line)).toEqual([7, 17, 25]);
  });

  it('reads a single choice with its title, category, explanation and Kaoping metadata', () => {
    expect(q('lic-001')).toEqual({
      key: 'lic-001',
      category: '专卖管理/许可证',
      dimension: '法律法规',
      difficulty: 1,
      points: 1,
      tags: ['许可证'],
      source: { document: '烟草专卖许可证管理办法', article: '第三十八条' },
      stem: '烟草专卖零售许可证的有效期为几年？',
      explanation: '依据《烟草专卖许可证管理办法》，烟草专卖零售许可证的有效期为 5 年。',
      type: 'single',
      options: [
        { id: 'A', text: '5 年' },
        { id: 'B', text: '3 年' },
        { id: 'C', text: '2 年' },
        { id: 'D', text: '10 年' },
      ],
      answer: 'A',
    });
  });

  it('reads weighted choices as a multiple choice whose key is the positively weighted options', () => {
    const draft = q('lic-002');
    expect(draft).toMatchObject({ type: 'multiple', answer: ['A', 'B', 'C'], stem: '申请烟草专卖零售许可证，应当具备下列哪些条件？' });
    expect(draft.type === 'multiple' && draft.options[3]).toEqual({ id: 'D', text: '已取得营业执照满一年' });
  });

  it('reads {T} {TRUE} {F} {FALSE} as true/false, with the general feedback as explanation', () => {
    expect(q('lic-003')).toMatchObject({ type: 'true_false', answer: false, explanation: '许可证载明的经营场所是唯一合法的经营地址。' });
    expect(q('qty-003')).toMatchObject({ type: 'true_false', answer: false });
    expect(q('v3-005')).toMatchObject({ type: 'true_false', answer: true });
    expect(q('v3-006')).toMatchObject({ type: 'true_false', answer: true, stem: 'V3 系统每日订单截止时间为 16:00，截止后提交的订单顺延至下一订货日。' });
  });

  it('puts the blank where a missing-word answer sits, and after the stem when the answer ends it', () => {
    expect(q('lic-004')).toMatchObject({
      type: 'fill_blank',
      stem: '烟草专卖零售许可证有效期届满需要继续经营的，应当在有效期届满{{1}}日前向原发证机关提出延续申请。',
      answer: [['30', '三十']],
      tags: ['许可证', '延续'], // from Moodle's // [tag:…] comment
    });
    expect(q('lic-005')).toMatchObject({
      type: 'fill_blank',
      stem: '我国对烟草专卖品的生产、销售、进出口依法实行专卖管理的法律依据是哪部法律？ {{1}}',
      answer: [['烟草专卖法', '中华人民共和国烟草专卖法']],
    });
  });

  it('reads matching pairs, sharing one right-hand item between equal texts and keeping distractors', () => {
    expect(q('lic-006')).toMatchObject({
      type: 'matching',
      left: [
        { id: 'L1', text: '未取得许可证经营烟草制品零售业务' },
        { id: 'L2', text: '未在许可证载明的地址经营' },
        { id: 'L3', text: '许可证有效期届满未办理延续仍在经营' },
      ],
      right: [
        { id: 'R1', text: '责令停止经营，没收违法所得' },
        { id: 'R2', text: '责令限期改正' },
        { id: 'R3', text: '不予处理' },
      ],
      answer: { L1: 'R1', L2: 'R2', L3: 'R2' },
    });
  });

  it('reads numeric answers with a tolerance or a range, the unit from the @kaoping comment', () => {
    expect(q('qty-001')).toMatchObject({ type: 'numeric', answer: { value: 1260, tolerance: 0.5 }, unit: '箱', explanation: '1200 × (1 + 5%) = 1260 箱。' });
    expect(q('qty-002')).toMatchObject({ type: 'numeric', answer: { min: 2940, max: 3060 }, category: '营销/总量浮动管理' });
  });

  it('reads both $course$/top/A/B and plain A/B category lines', () => {
    expect(department.questions.map((x) => x.draft.category)).toEqual([
      ...Array<string>(6).fill('专卖管理/许可证'),
      ...Array<string>(5).fill('营销/总量浮动管理'),
      ...Array<string>(6).fill('V3系统操作'),
    ]);
  });

  it('keeps [html] stems and feedback as sanitised HTML', () => {
    expect(q('qty-004')).toMatchObject({
      type: 'single',
      stem: '<p>下列关于<b>总量浮动管理</b>的说法，正确的是？</p>',
      explanation: '<p>浮动幅度<em>由上级核定</em>，县局在幅度内执行。</p>',
      answer: 'A',
    });
    const [draft] = drafts('[html]<p onclick="steal()">题干<script>alert(1)</script></p>{=对 ~错}');
    expect(draft.stem).toBe('<p>题干</p>');
  });

  it('reads an essay {} with its reference answer and rubric from the @kaoping comment', () => {
    expect(q('qty-005')).toMatchObject({
      type: 'essay',
      points: 10,
      referenceAnswer: '稳定市场价格；防止货源过度集中；引导零售户理性订货。',
      rubric: [
        { criterion: '稳定市场价格', points: 4 },
        { criterion: '防止货源过度集中', points: 3 },
        { criterion: '引导理性订货', points: 3 },
      ],
    });
  });

  it('restores an ordering question and a two-blank fill-in from the @kaoping body', () => {
    expect(q('v3-001')).toMatchObject({
      type: 'ordering',
      dimension: 'V3系统操作',
      items: [
        { id: 'A', text: '登录 V3 营销系统' },
        { id: 'B', text: '进入"订单管理"模块' },
        { id: 'C', text: '核对零售户订货量' },
        { id: 'D', text: '提交审核' },
      ],
      answer: ['A', 'B', 'C', 'D'],
    });
    expect(q('v3-003')).toMatchObject({
      type: 'fill_blank',
      stem: '在 V3 系统中，查看历史订单应进入{{1}}模块，修改零售户联系电话应进入{{2}}模块。',
      answer: [['订单管理'], ['客户信息', '客户档案']],
    });
  });

  it('turns escaped GIFT characters back into text', () => {
    expect(q('v3-002')).toMatchObject({
      stem: 'V3 系统中订单编号的格式为 {年份}{序号}，下列说法正确的是？',
      options: [
        { id: 'A', text: '编号中的 {序号} 每日从 1 重新计数' },
        { id: 'B', text: '编号中可以含有字符 ~ 或 #' },
        { id: 'C', text: '编号写成 年份:序号' },
        { id: 'D', text: '订单编号 = 许可证号' },
      ],
    });
  });

  it('accepts a BOM, CRLF line ends, comments inside a question and every category spelling', () => {
    const text = '\uFEFF$CATEGORY: $course$/专卖管理\r\n\r\n// 说明\r\n::a::题干一\r\n// 中间的注释\r\n{=对 ~错}\r\n\r\n$CATEGORY: top/营销\r\n\r\n::b::题干二{T}\r\n\r\n$CATEGORY: $course$/top\r\n\r\n::c::题干三{F}\r\n';
    const found = byKey(text);
    expect(found.get('a')).toMatchObject({ category: '专卖管理', stem: '题干一', type: 'single' });
    expect(found.get('b')).toMatchObject({ category: '营销' });
    expect(found.get('c')?.category).toBeUndefined();
  });

  it('reads a Moodle [id:…] comment as the key when the question has no title', () => {
    expect(drafts('// [id:law-9]\n许可证有效期几年？{=5 ~3}')[0].key).toBe('law-9');
  });
});

describe('reporting faults in a hand-written GIFT file', () => {
  const result = parseGift(fixture('malformed.gift'));

  it.each([
    [3, 'answer', '缺少右花括号 }'],
    [7, 'answer', '选择题没有正确答案'],
    [15, 'answer', '配对「超范围经营 责令改正」缺少 ->'],
    [19, 'answer', '数值题答案「约1260」无法识别'],
    [21, '@kaoping', '不是合法的 JSON'],
    [24, 'answer', '多出一个右花括号 }'],
    [26, 'answer', '没有答案块'],
    [30, 'answer', '权重「%五十%」写法不对'],
    [34, 'answer', '单选题只能有一个 = 正确选项'],
    [36, 'dimension', '未知能力维度「财务管理」'],
    [41, 'answer', '在第 42 行又遇到 {'],
    [44, '@kaoping', '注释下面没有试题'],
  ])('line %i: %s — %s', (line, field, text) => {
    const issue = result.issues.find((i) => i.line === line && i.field === field);
    expect(issue?.message).toContain(`第 ${line} 行：`);
    expect(issue?.message).toContain(text);
  });

  it('lists every fault and nothing else, and still imports the sound questions', () => {
    // the essay without reference answer or rubric at line 39 imports, flagged 待补评分要点 by the item checks
    expect(result.issues).toHaveLength(12);
    expect(result.questions.map((x) => [x.line, x.draft.key])).toEqual([
      [22, 'bad-json'],
      [37, 'bad-dimension'],
      [39, 'bad-essay'],
      [46, 'ok-last'],
    ]);
    expect(result.questions[1].draft).toMatchObject({ points: 2, type: 'true_false', answer: false });
    expect(result.questions[1].draft.dimension).toBeUndefined();
  });

  it('runs the cross-format checks on each parsed question', () => {
    const { issues } = parseGift('::m::配对{=甲 -> 乙}\n\n::s::单选{=唯一 ~}');
    expect(issues).toMatchObject([
      { line: 1, field: 'left', message: '第 1 行：至少需要 2 个条目' },
      { line: 1, field: 'right', message: '第 1 行：至少需要 2 个条目' },
      { line: 3, field: 'options', message: '第 3 行：B 的内容不能为空' },
    ]);
  });
});

const source = { document: '中华人民共和国烟草专卖法实施条例', article: '第二十三条', effectiveDate: '2021-11-10' };
const allTypes: QuestionDraft[] = [
  {
    key: 'law-001', category: '专卖管理/许可证', dimension: '法律法规', difficulty: 2, points: 2, tags: ['许可证', '新办'], source,
    stem: '烟草专卖零售许可证的有效期为几年？', explanation: '有效期为 5 年。',
    type: 'single', options: [{ id: 'A', text: '5 年' }, { id: 'B', text: '3 年' }, { id: 'C', text: '2 年' }], answer: 'A',
  },
  {
    key: 'law-002', category: '专卖管理/许可证', dimension: '法律法规', difficulty: 3, points: 3, tags: ['许可证'],
    stem: '申请零售许可证应具备哪些条件？', explanation: '三项均为法定条件。',
    type: 'multiple',
    options: [{ id: 'A', text: '相适应的资金' }, { id: 'B', text: '固定经营场所' }, { id: 'C', text: '符合合理布局' }, { id: 'D', text: '营业执照满一年' }],
    answer: ['A', 'B', 'C'],
  },
  {
    key: 'qty-001', category: '营销/总量浮动管理', dimension: '供货政策', difficulty: 1, points: 1, tags: [],
    stem: '月度投放量可以超出上级核定的浮动幅度。', type: 'true_false', answer: false,
  },
  {
    key: 'lic-004', category: '营销/总量浮动管理', dimension: '法律法规', difficulty: 2, points: 1,
    stem: '许可证有效期届满需继续经营的，应在届满{{1}}日前申请延续。', explanation: '见《烟草专卖许可证管理办法》。',
    type: 'fill_blank', answer: [['30', '三十']],
  },
  {
    key: 'qty-002', dimension: '供货政策', difficulty: 3, points: 2, source: { document: '卷烟总量浮动管理办法' },
    stem: '计划量 1200 箱，上浮 5% 后最多投放多少？', explanation: '1200 × 1.05 = 1260',
    type: 'numeric', answer: { value: 1260, tolerance: 0.5 }, unit: '箱',
  },
  {
    key: 'qty-003', dimension: '供货政策', difficulty: 2, points: 2,
    stem: '计划量 3000 条、浮动 ±2%，合理投放范围是？', type: 'numeric', answer: { min: 2940, max: 3060 },
  },
  {
    key: 'law-003', category: '专卖管理/处罚', dimension: '法律法规', difficulty: 4, points: 4, tags: ['处罚'],
    stem: '请将违规情形与处理方式配对。', explanation: '依据实施条例。',
    type: 'matching',
    left: [{ id: 'L1', text: '无证经营' }, { id: 'L2', text: '异地经营' }, { id: 'L3', text: '超范围经营' }],
    right: [{ id: 'R1', text: '责令停止经营' }, { id: 'R2', text: '责令限期改正' }, { id: 'R3', text: '不予处理' }],
    answer: { L1: 'R1', L2: 'R2', L3: 'R2' },
  },
  {
    key: 'v3-001', category: 'V3系统操作', dimension: 'V3系统操作', difficulty: 2, points: 3, tags: ['订单'],
    stem: '请按顺序排列 V3 系统处理订单的步骤。', explanation: '先登录，后核对，最后提交。',
    type: 'ordering',
    items: [{ id: 'S1', text: '核对订货量' }, { id: 'S2', text: '登录 V3 系统' }, { id: 'S3', text: '提交审核' }, { id: 'S4', text: '进入订单管理' }],
    answer: ['S2', 'S4', 'S1', 'S3'],
  },
  {
    key: 'v3-002', category: 'V3系统操作', dimension: 'V3系统操作', difficulty: 2, points: 2,
    stem: '查看历史订单进入{{1}}模块，修改联系电话进入{{2}}模块。', type: 'fill_blank', answer: [['订单管理'], ['客户信息', '客户档案']],
  },
  {
    key: 'mk-001', category: '营销/总量浮动管理', dimension: '营销知识', difficulty: 3, points: 10, tags: ['简答'], source,
    stem: '简述卷烟总量浮动管理的主要目的。', explanation: '答出三点即可。',
    type: 'essay', referenceAnswer: '稳定价格；防止货源集中；\n引导理性订货。',
    rubric: [{ criterion: '稳定价格', points: 4 }, { criterion: '防止货源集中', points: 3 }, { criterion: '引导理性订货', points: 3 }],
  },
];

describe('exporting to GIFT', () => {
  it('gives back every draft of all 8 types with full metadata', () => {
    const result = parseGift(writeGift(allTypes));
    expect(result.issues).toEqual([]);
    expect(result.questions.map((x) => x.draft)).toEqual(allTypes);
  });

  it('writes the six types GIFT knows natively, with Moodle-style weights and categories', () => {
    const text = writeGift(allTypes);
    expect(text).toContain('$CATEGORY: $course$/top/专卖管理/许可证\n\n// @kaoping {"dimension":"法律法规"');
    expect(text).toContain('::law-001::烟草专卖零售许可证的有效期为几年？{\n\t=5 年\n\t~3 年\n\t~2 年\n\t####有效期为 5 年。\n}');
    expect(text).toContain('\t~%33.33333%相适应的资金\n');
    expect(text).toContain('\t~%-100%营业执照满一年\n');
    expect(text).toContain('::qty-001::月度投放量可以超出上级核定的浮动幅度。{FALSE}');
    expect(text).toContain('应在届满{=30 =三十####见《烟草专卖许可证管理办法》。}日前申请延续。');
    expect(text).toContain('{#1260:0.5####1200 × 1.05 \\= 1260}');
    expect(text).toContain('{#2940..3060}');
    expect(text).toContain('\t=超范围经营 -> 责令限期改正\n\t= -> 不予处理\n');
    expect(text.match(/^\$CATEGORY:/gm)).toHaveLength(6);
    // the native forms need no copy of the answer in the comment
    for (const key of ['law-001', 'law-002', 'qty-001', 'lic-004', 'qty-002', 'qty-003', 'law-003', 'mk-001']) {
      const comment = text.split('\n').find((_line, i, lines) => lines[i + 1]?.startsWith(`::${key}::`)) ?? '';
      expect(comment).not.toContain('"body"');
      expect(comment).not.toContain('"stem"');
    }
  });

  it('writes ordering as Moodle matching to positions and a two-blank fill-in as an essay, both restored from the comment', () => {
    const text = writeGift(allTypes);
    expect(text).toContain('::v3-001::请按顺序排列 V3 系统处理订单的步骤。{\n\t=核对订货量 -> 3\n\t=登录 V3 系统 -> 1\n\t=提交审核 -> 4\n\t=进入订单管理 -> 2\n');
    expect(text).toMatch(/\/\/ @kaoping \{[^\n]*"body":\{"type":"ordering"/);
    expect(text).toContain('::v3-002::查看历史订单进入\\{\\{1\\}\\}模块，修改联系电话进入\\{\\{2\\}\\}模块。{}');
  });

  it('keeps GIFT special characters in stems, options and feedback', () => {
    const tricky: QuestionDraft[] = [
      {
        key: 'a::b', stem: '比例 = 50% {约} ~ 估算 # 编号 a:b 路径 C:\\new\n第二行', explanation: '见 #3 条：a=b',
        type: 'single', options: [{ id: 'A', text: '~约 = 等于' }, { id: 'B', text: '{大括号} #号 \\ 反斜杠' }], answer: 'B',
      },
      { stem: '// 不是注释', type: 'true_false', answer: true },
      { stem: '[html] 只是文字', type: 'true_false', answer: false },
      {
        stem: '配对', type: 'matching', left: [{ id: 'L1', text: 'a->b' }, { id: 'L2', text: 'c=d' }],
        right: [{ id: 'R1', text: '~1' }, { id: 'R2', text: '#2' }], answer: { L1: 'R2', L2: 'R1' },
      },
    ];
    const text = writeGift(tricky);
    expect(text).toContain('::a\\:\\:b::比例 \\= 50% \\{约\\} \\~ 估算 \\# 编号 a\\:b 路径 C\\:\\\\new\\n第二行{');
    expect(drafts(text)).toEqual(tricky);
  });

  it('keeps option ids, html and blank positions that the plain GIFT form would lose', () => {
    const unusual: QuestionDraft[] = [
      { stem: '选择', type: 'single', options: [{ id: 'x', text: '甲' }, { id: 'y', text: '乙' }], answer: 'y' },
      { stem: '<p>依据<b>专卖法</b></p>', explanation: '<p>解析</p>', type: 'true_false', answer: true },
      { stem: '有效期为{{1}}', type: 'fill_blank', answer: [['5 年']] },
      { key: '', category: '', stem: '  前后有空格  ', type: 'essay', referenceAnswer: '要点', rubric: [{ criterion: '要点', points: 1 }] },
      { stem: '无分类的排序', type: 'ordering', items: [{ id: '1', text: '一' }, { id: '2', text: '二' }, { id: '3', text: '三' }], answer: ['3', '1', '2'] },
    ];
    expect(drafts(writeGift(unusual))).toEqual(unusual);
  });

  it('gives back the department fixture unchanged after export and import', () => {
    const first = drafts(fixture('department.gift'));
    expect(drafts(writeGift(first))).toEqual(first);
  });

  it('writes nothing for no questions', () => {
    expect(writeGift([])).toBe('');
    expect(parseGift('')).toEqual({ questions: [], issues: [] });
  });
});
