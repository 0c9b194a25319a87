import { XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuestionDraft } from '../domain/question-draft';
import { MOODLE_MAX_QUESTIONS, parseMoodleXml } from './moodle-xml-reader';
import { writeMoodleXml } from './moodle-xml-writer';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../test/fixtures/formats', name), 'utf8');

describe('Moodle XML import of the department export', () => {
  const { questions, issues } = parseMoodleXml(fixture('department.moodle.xml'));
  const byKey = (key: string) => questions.find((q) => q.draft.key === key)?.draft;

  it('reads every supported question with its line, type, category and key, in file order', () => {
    expect(questions.map((q) => [q.line, q.draft.type, q.draft.category, q.draft.key])).toEqual([
      [15, 'single', '法律法规/零售许可证', 'law-101'],
      [80, 'multiple', '法律法规/零售许可证', undefined],
      [147, 'true_false', '法律法规/零售许可证', 'law-103'],
      [189, 'fill_blank', '法律法规/零售许可证', 'law-104'],
      [236, 'numeric', '供货政策/总量浮动', 'sup-201'],
      [278, 'numeric', '供货政策/总量浮动', 'sup-202'],
      [319, 'matching', '供货政策/总量浮动', 'sup-203'],
      [371, 'fill_blank', '供货政策/总量浮动', 'sup-204'],
      [415, 'ordering', 'V3系统操作', 'v3-302'],
      [471, 'single', 'V3系统操作', 'v3-303'],
      [522, 'essay', '营销知识/客户服务', 'mkt-401'],
      [562, 'essay', '营销知识/客户服务', undefined],
      [601, 'true_false', '供货政策/总量浮动', 'sup-205'],
    ]);
  });

  it('skips the description item at its line and imports the essay without a rubric (flagged 待补评分要点 by the item checks)', () => {
    expect(issues).toMatchObject([{ line: 398, field: 'type', message: '「说明文字」（description）只是说明，不是题目，已跳过' }]);
  });

  it('reads a single choice with its options, answer, points, explanation, tags and Kaoping metadata, without the script', () => {
    expect(byKey('law-101')).toEqual({
      key: 'law-101',
      type: 'single',
      category: '法律法规/零售许可证',
      dimension: '法律法规',
      difficulty: 2,
      points: 2,
      tags: ['零售许可证'],
      stem: '<p>依据《烟草专卖许可证管理办法》，烟草专卖零售许可证的有效期为<strong>几年</strong>？</p>',
      options: [
        { id: 'A', text: '<p>2 年</p>' },
        { id: 'B', text: '<p>3 年</p>' },
        { id: 'C', text: '<p>5 年</p>' },
        { id: 'D', text: '<p>10 年</p>' },
      ],
      answer: 'C',
      explanation: '<p>零售许可证有效期为 5 年，期满需重新申领。</p>',
      source: { document: '烟草专卖许可证管理办法' },
    });
  });

  it('drops the onerror image but keeps the embedded picture as an inline image', () => {
    expect(byKey('v3-303')?.stem).toBe('<p>下图为 V3 系统的订单界面，提交订单前应首先核对哪一项？</p><p><img src="data:image/png;base64,iVBORw0KGgo=" alt="订单界面" /></p>');
  });

  it('treats every positively graded option of a multiple-answer question as correct', () => {
    const multiple = questions[1].draft;
    expect(multiple).toMatchObject({ type: 'multiple', points: 3, dimension: '法律法规', tags: ['申领条件'], answer: ['A', 'B', 'D'] });
    expect(multiple.type === 'multiple' && multiple.options.map((o) => o.text)).toEqual(['有与经营烟草制品零售业务相适应的资金', '有固定的经营场所', '经营者具有大专以上学历', '符合烟草制品零售点合理布局的要求', '已在当地居住满五年']);
    expect(multiple.key).toBeUndefined(); // its name is a title, not a key
  });

  it('reads true/false answers and the source carried in tags; takes the key from a key-like name', () => {
    expect(byKey('law-103')).toMatchObject({
      type: 'true_false',
      answer: true,
      difficulty: 1,
      tags: ['未成年人'],
      stem: '卷烟零售户对难以判明是否已成年的购买者，应当要求其出示身份证件。',
      source: { document: '中华人民共和国未成年人保护法', article: '第五十九条', effectiveDate: '2021-06-01' },
    });
    expect(byKey('sup-205')).toMatchObject({ type: 'true_false', answer: false });
  });

  it('turns a short answer into a one-blank fill-in that accepts only the 100% answers', () => {
    expect(byKey('law-104')).toMatchObject({
      type: 'fill_blank',
      stem: '取得烟草专卖零售许可证的企业或者个人，应当在当地的哪类企业进货？ {{1}}',
      answer: [['烟草专卖批发企业', '批发企业']],
    });
  });

  it('reads numerical answers with tolerance and unit, ignoring partial-credit answers', () => {
    expect(byKey('sup-201')).toMatchObject({ type: 'numeric', answer: { value: 230, tolerance: 0 }, unit: '条', explanation: '<p>200 × (1 + 15%) = 230 条。</p>' });
    expect(byKey('sup-202')).toMatchObject({ type: 'numeric', answer: { value: 80, tolerance: 0.5 }, unit: '%' });
  });

  it('numbers matching pairs L1…/R1… and keeps the extra answer as a distractor', () => {
    expect(byKey('sup-203')).toMatchObject({
      type: 'matching',
      left: [
        { id: 'L1', text: '<p>自主提报需求</p>' },
        { id: 'L2', text: '<p>总量浮动管理</p>' },
        { id: 'L3', text: '<p>订单满足率</p>' },
      ],
      right: [
        { id: 'R1', text: '零售户根据自身经营情况提报下一周期的卷烟需求' },
        { id: 'R2', text: '按零售户经营情况动态调整其订货总量上限' },
        { id: 'R3', text: '实际供货量占零售户订货量的比例' },
        { id: 'R4', text: '零售户的年度营业额' },
      ],
      answer: { L1: 'R1', L2: 'R2', L3: 'R3' },
    });
  });

  it('turns cloze short-answer blanks into {{1}}, {{2}} with their fully correct answers', () => {
    expect(byKey('sup-204')).toMatchObject({
      type: 'fill_blank',
      stem: '<p>营销部全年要求客户经理对客户的卷烟经营指导面达到{{1}}%以上，有效指导达到{{2}}%以上。</p>',
      answer: [['60'], ['80', '八十']],
    });
  });

  it('keeps ordering items in the order written and reads the key from their numbers', () => {
    const ordering = byKey('v3-302');
    expect(ordering?.type === 'ordering' && ordering.items.map((i) => `${i.id} ${i.text}`)).toEqual(['S1 登录 V3 营销系统', 'S2 查询零售户并核对其本周期订货总量上限', 'S3 进入“订单管理”模块', 'S4 录入品规和数量', 'S5 提交订单并告知零售户']);
    expect(ordering).toMatchObject({ answer: ['S1', 'S3', 'S2', 'S4', 'S5'], dimension: 'V3系统操作', points: 4 });
  });

  it('splits an essay’s grader information into reference answer and rubric', () => {
    expect(byKey('mkt-401')).toMatchObject({
      type: 'essay',
      points: 10,
      referenceAnswer: '<p>首先耐心倾听、安抚情绪，完整记录诉求；其次查询该户订单和投放规则核实情况，不向客户泄露他户订单；再向客户解释公平投放规则和提高订单满足的正当途径；最后按时反馈并回访。</p>',
      rubric: [
        { criterion: '倾听安抚、记录诉求，不争辩', points: 2 },
        { criterion: '核实订单和投放规则，不泄露他户信息', points: 3 },
        { criterion: '解释公平投放规则并提供正当途径', points: 3 },
        { criterion: '按时反馈并回访', points: 2 },
      ],
    });
  });

  it('survives export and re-import unchanged', () => {
    const drafts = questions.map((q) => q.draft);
    expect(parseMoodleXml(writeMoodleXml(drafts)).questions.map((q) => q.draft)).toEqual(drafts);
  });
});

describe('Moodle XML import of broken or hostile files', () => {
  it('reports an unclosed tag at its line and still imports the other questions', () => {
    const { questions, issues } = parseMoodleXml(fixture('malformed.moodle.xml'));
    expect(issues).toEqual([{ line: 16, field: 'xml', message: 'XML 格式错误：第 16 行的 <answer> 没有闭合（到第 20 行遇到了 </question>）；请补上 </answer>，这道题暂未导入' }]);
    expect(questions.map((q) => [q.line, q.draft.key])).toEqual([
      [3, 'law-201'],
      [21, 'law-203'],
    ]);
  });

  it('refuses a file with a DOCTYPE (external entity) and imports nothing', () => {
    const { questions, issues } = parseMoodleXml(fixture('xxe.moodle.xml'));
    expect(questions).toEqual([]);
    expect(issues).toEqual([{ line: 2, field: 'xml', message: expect.stringContaining('DOCTYPE/ENTITY') }]);
  });

  it('refuses entity expansion bombs before expanding anything', () => {
    const lol = ['<!ENTITY a "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`)].join('\n');
    const { questions, issues } = parseMoodleXml(`<?xml version="1.0"?>\n<!DOCTYPE quiz [\n${lol}\n]>\n<quiz><question type="truefalse"><questiontext><text>&j;</text></questiontext></question></quiz>`);
    expect(questions).toEqual([]);
    expect(issues.map((i) => i.line)).toEqual([2]);
  });

  it('refuses a DOCTYPE hidden behind a processing instruction and CDATA, expanding nothing', () => {
    const xml = [
      '<?xml version="1.0"?>',
      '<?hide <![CDATA[ ?>',
      '<!DOCTYPE quiz [<!ENTITY boom "EXPANDED">]>',
      '<?hide ]]> ?>',
      '<quiz><question type="truefalse"><questiontext><text>&boom;</text></questiontext><answer fraction="100"><text>true</text></answer></question></quiz>',
    ].join('\n');
    const result = parseMoodleXml(xml);
    expect(result).toEqual({ questions: [], issues: [{ line: 3, field: 'xml', message: expect.stringContaining('DOCTYPE/ENTITY') }] });
  });

  it('refuses a DOCTYPE inside a question, and an entity nothing predefines, at that question', () => {
    const inside = '<quiz>\n<question type="truefalse"><!DOCTYPE q [<!ENTITY e "EXPANDED">]><questiontext><text>&e;</text></questiontext><answer fraction="100"><text>true</text></answer></question>\n</quiz>';
    const undeclared = '<quiz>\n\n<question type="truefalse"><questiontext><text>&e;</text></questiontext><answer fraction="100"><text>true</text></answer></question>\n</quiz>';
    expect(JSON.stringify(parseMoodleXml(inside))).not.toContain('EXPANDED');
    expect(parseMoodleXml(inside).questions).toEqual([]);
    expect(parseMoodleXml(undeclared)).toEqual({ questions: [], issues: [{ line: 3, field: 'xml', message: expect.stringContaining('DOCTYPE/ENTITY') }] });
  });

  it('still decodes the predefined entities and character references', () => {
    const xml = '<quiz>\n<question type="truefalse"><questiontext><text>A &amp; B &lt;&#x4E2D;&#25991;&gt; &quot;&apos;</text></questiontext><answer fraction="100"><text>true</text></answer></question>\n</quiz>';
    expect(parseMoodleXml(xml).questions.map((q) => q.draft.stem)).toEqual(['A & B <中文> "\'']);
  });

  it('takes a DOCTYPE quoted inside a CDATA stem as text, not as a declaration', () => {
    const xml = `<quiz>\n<question type="truefalse"><questiontext format="html"><text><![CDATA[<p>网页开头的 <!DOCTYPE html> 是什么？</p>]]></text></questiontext><answer fraction="100"><text>true</text></answer></question>\n</quiz>`;
    const { questions, issues } = parseMoodleXml(xml);
    expect(issues).toEqual([]);
    expect(questions.map((q) => q.draft.type)).toEqual(['true_false']);
  });

  it.each([
    ['an empty file', ''],
    ['plain text', '这不是 XML 文件'],
    ['a GIFT file', '::law-1:: 零售许可证有效期为几年？ {=5 年 ~3 年}'],
    ['a truncated export', '<?xml version="1.0"?>\n<quiz>\n  <question type="truefalse">\n    <name><text>x'],
    ['an unclosed CDATA', '<quiz>\n<question type="essay"><questiontext><text><![CDATA[<p>题干'],
  ])('never throws on %s, and says what is wrong with a line number', (_what, xml) => {
    const result = parseMoodleXml(xml);
    expect(result.questions).toEqual([]);
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) expect(issue.line).toBeGreaterThanOrEqual(1);
  });

  it('explains a bare & and a file cut off mid-question in words a trainer can act on', () => {
    const ampersand = '<quiz>\n<question type="truefalse"><questiontext><text>A & B</text></questiontext><answer fraction="100"><text>true</text></answer></question>\n</quiz>';
    expect(parseMoodleXml(ampersand).issues).toEqual([{ line: 2, field: 'xml', message: 'XML 格式错误（第 2 行第 50 列）：此处不应出现「&」（文字中的 & 须写作 &amp;）；这道题暂未导入' }]);
    const cutOff = '<?xml version="1.0"?>\n<quiz>\n  <question type="truefalse">\n    <name><text>x';
    expect(parseMoodleXml(cutOff).issues).toEqual([{ line: 3, field: 'xml', message: 'XML 格式错误（第 3 行第 1 列）：文件在 <question>、<name>、<text> 闭合之前就结束了，文件可能不完整；这道题暂未导入' }]);
  });

  it('skips question types Kaoping has no counterpart for, naming them, and keeps going', () => {
    const xml = [
      '<quiz>',
      '<question type="calculated"><name><text>c1</text></name><questiontext><text>{a} + {b} = ?</text></questiontext></question>',
      '<question type="ddwtos"><questiontext><text>[[1]]</text></questiontext></question>',
      '<question><questiontext><text>没有题型</text></questiontext></question>',
      '<question type="cloze"><questiontext format="html"><text><![CDATA[<p>{1:MULTICHOICE:=对~错} 和 {1:SA:=许可证}</p>]]></text></questiontext></question>',
      '<question type="truefalse"><questiontext><text>最后一题仍被导入。</text></questiontext><answer fraction="100"><text>true</text></answer></question>',
      '</quiz>',
    ].join('\n');
    const { questions, issues } = parseMoodleXml(xml);
    expect(issues).toEqual([
      { line: 2, field: 'type', message: '暂不支持 Moodle 的「计算题」题型（calculated），该题已跳过；请在考评中改用单选、多选、填空、数值等题型录入' },
      { line: 3, field: 'type', message: '暂不支持 Moodle 的「拖放文字」题型（ddwtos），该题已跳过；请在考评中改用单选、多选、填空、数值等题型录入' },
      { line: 4, field: 'type', message: '题目缺少 type 属性，无法判断题型，该题已跳过' },
      { line: 5, field: 'questiontext', message: '完形填空中的第 1 空（MULTICHOICE）不是简答空，目前只支持 {1:SHORTANSWER:=答案} 形式的空，该题已跳过' },
    ]);
    expect(questions).toEqual([{ line: 6, draft: { type: 'true_false', stem: '最后一题仍被导入。', answer: true } }]);
  });

  it('reports the problems of each imported draft at the line of its question', () => {
    const xml = '<quiz>\n\n<question type="multichoice"><questiontext><text> </text></questiontext><single>true</single><answer fraction="100"><text>甲</text></answer></question>\n</quiz>';
    expect(parseMoodleXml(xml).issues).toMatchObject([
      { line: 3, field: 'stem', message: '题干不能为空' },
      { line: 3, field: 'options', message: '至少需要 2 个选项' },
    ]);
  });

  it('points out a repeated idnumber, which Moodle would also refuse', () => {
    const one = (line: string) => `<question type="truefalse"><name><text>${line}</text></name><questiontext><text>题</text></questiontext><idnumber>law-9</idnumber><answer fraction="100"><text>true</text></answer></question>`;
    const { questions, issues } = parseMoodleXml(`<quiz>\n${one('甲')}\n${one('乙')}\n</quiz>`);
    expect(questions).toHaveLength(2);
    expect(issues).toEqual([{ line: 3, field: 'key', message: '编号 law-9 与第 2 行的题目重复' }]);
  });

  it(`imports at most ${MOODLE_MAX_QUESTIONS} questions and says where it stopped`, () => {
    const one = '<question type="truefalse"><questiontext><text>题</text></questiontext><answer fraction="100"><text>true</text></answer></question>';
    const xml = `<quiz>\n${Array.from({ length: MOODLE_MAX_QUESTIONS + 1 }, () => one).join('\n')}\n</quiz>`;
    const { questions, issues } = parseMoodleXml(xml);
    expect(questions).toHaveLength(MOODLE_MAX_QUESTIONS);
    expect(issues).toEqual([{ line: MOODLE_MAX_QUESTIONS + 2, field: 'question', message: `一次最多导入 ${MOODLE_MAX_QUESTIONS} 道题，从这一题起未导入；请把文件拆分后分批导入` }]);
  });
});

describe('Moodle XML export', () => {
  const source = { document: '中华人民共和国烟草专卖法', article: '第三十二条', effectiveDate: '2015-04-24' };
  const drafts: QuestionDraft[] = [
    {
      key: 'law-001',
      type: 'single',
      category: '烟草专卖法/专卖品范围',
      dimension: '法律法规',
      difficulty: 1,
      points: 2,
      tags: ['烟草专卖品', '基础'],
      stem: '依据《中华人民共和国烟草专卖法》，下列物品中不属于烟草专卖品的是？',
      options: [
        { id: 'A', text: '卷烟纸' },
        { id: 'B', text: '滤嘴棒' },
        { id: 'C', text: '打火机' },
        { id: 'D', text: '烟用丝束' },
      ],
      answer: 'C',
      explanation: '打火机不在烟草专卖品之列。',
      source,
    },
    {
      key: 'law-002',
      type: 'multiple',
      category: '烟草专卖法/专卖品范围',
      dimension: '法律法规',
      difficulty: 2,
      points: 3,
      tags: ['烟草制品'],
      stem: '<p>下列属于<strong>烟草制品</strong>的有？</p>',
      options: [
        { id: 'A', text: '卷烟' },
        { id: 'B', text: '<p>雪茄烟 &amp; 烟丝</p>' },
        { id: 'C', text: '烟草专用机械' },
        { id: 'D', text: '复烤烟叶' },
      ],
      answer: ['A', 'B', 'D'],
      explanation: '<p>卷烟、雪茄烟、烟丝、复烤烟叶统称烟草制品。</p>',
      source: { document: '中华人民共和国烟草专卖法' },
    },
    {
      key: 'law-003',
      type: 'true_false',
      category: '实施条例/进货渠道',
      dimension: '法律法规',
      difficulty: 1,
      points: 1,
      tags: ['进货渠道'],
      stem: '零售户 A & B 可以互相调剂卷烟（数量 < 10 条时）。',
      answer: false,
      explanation: '零售户只能从当地烟草专卖批发企业进货。CDATA 结尾符 ]]> 也要原样保留。',
      source: { document: '中华人民共和国烟草专卖法实施条例', effectiveDate: '2021-11-10' },
    },
    {
      key: 'v3-001',
      type: 'fill_blank',
      category: 'V3系统/订单',
      dimension: 'V3系统操作',
      difficulty: 2,
      points: 1,
      tags: ['订单'],
      stem: 'V3 系统中为零售户代办订单的菜单是 {{1}}',
      answer: [['订单管理', '订单代办']],
      explanation: '在“订单管理”中代办。',
      source: { document: 'V3 营销系统操作手册' },
    },
    {
      key: 'v3-002',
      type: 'fill_blank',
      category: 'V3系统/订单',
      dimension: 'V3系统操作',
      difficulty: 2,
      points: 1,
      tags: ['订单'],
      stem: '订单提交截止时间为每周{{1}}下午五点。',
      answer: [['二', '星期二']],
      explanation: '以当地通知为准。',
      source: { document: 'V3 营销系统操作手册' },
    },
    {
      key: 'db-018',
      type: 'fill_blank',
      category: '经营指导/考核要求',
      dimension: '日常业务',
      difficulty: 1,
      points: 4,
      tags: ['经营指导面', '有效指导率'],
      stem: '营销部全年要求客户经理对客户的卷烟经营指导面达到{{1}}%以上，有效指导达到{{2}}%以上。',
      answer: [['60'], ['80', '八十']],
      explanation: '这是计划对经营指导工作的两项量化要求。',
      source: { document: '营销部下半年工作计划' },
    },
    {
      key: 'db-019',
      type: 'fill_blank',
      category: '经营指导/考核要求',
      dimension: '日常业务',
      difficulty: 3,
      points: 2,
      tags: ['公式'],
      stem: '<p>有效指导率 = {{1}} ÷ {{2}}</p>',
      answer: [['有效指导数 {含核实}', 'a#b~c/d"e\\f'], ['指导总数 & <合计>']],
      explanation: '<p>两项都以市场经理核实为准。</p>',
      source: { document: '营销部下半年工作计划' },
    },
    {
      key: 'db-011',
      type: 'numeric',
      category: '市场走访/知晓率调查',
      dimension: '日常业务',
      difficulty: 2,
      points: 2,
      tags: ['知晓率'],
      stem: '抽查 40 户，32 户知晓，知晓率是多少？',
      answer: { value: 80, tolerance: 0.05 },
      unit: '%',
      explanation: '32 ÷ 40 = 80%。',
      source: { document: '营销部下半年工作计划' },
    },
    {
      key: 'db-012',
      type: 'numeric',
      category: '市场走访/知晓率调查',
      dimension: '市场分析与预测',
      difficulty: 3,
      points: 2,
      tags: ['价格'],
      stem: '某品规零售指导价在哪个区间内都算执行到位（元/条）？',
      answer: { min: 0.1, max: 0.3 },
      unit: '元/条',
      explanation: '允许小幅偏离。',
      source: { document: '零售价格管理办法' },
    },
    {
      key: 'db-013',
      type: 'numeric',
      category: '市场走访/知晓率调查',
      dimension: '市场分析与预测',
      difficulty: 3,
      points: 1.5,
      tags: ['计算'],
      stem: '总量基数 200 条、上浮 15%，上限是多少条？',
      answer: { value: 230 },
      explanation: '200 × 1.15 = 230。',
      source: { document: '总量浮动管理办法' },
    },
    {
      key: 'db-044',
      type: 'matching',
      category: '经营指导/考核要求',
      dimension: '日常业务',
      difficulty: 3,
      points: 4,
      tags: ['考核指标'],
      stem: '请将下列考核指标与其计算口径对应起来。',
      left: [
        { id: 'L1', text: '经营指导面' },
        { id: 'L2', text: '<p>有效指导率</p>' },
        { id: 'L3', text: '覆盖面' },
      ],
      right: [
        { id: 'R1', text: '接受经营指导的零售户数 ÷ 管理零售户数' },
        { id: 'R2', text: '经核实有效的指导数 ÷ 指导总数' },
        { id: 'R3', text: '订货户数 ÷ 许可证总数' },
      ],
      answer: { L1: 'R1', L2: 'R2', L3: 'R1' },
      explanation: '明确分子分母。',
      source: { document: '营销部下半年工作计划' },
    },
    {
      key: 'db-004',
      type: 'ordering',
      category: '客户拜访/拜访流程',
      dimension: '日常业务',
      difficulty: 2,
      points: 4,
      tags: ['拜访流程'],
      stem: '请将一次规范拜访的步骤按正确顺序排列。',
      items: [
        { id: 'S1', text: '拜访前查询客户近期订货数据' },
        { id: 'S2', text: '进店礼貌问候，说明来意' },
        { id: 'S3', text: '<p>查看库存、陈列和<strong>价格标签</strong></p>' },
        { id: 'S4', text: '如实记录拜访情况' },
      ],
      answer: ['S1', 'S2', 'S3', 'S4'],
      explanation: '先准备再进店，最后记录。',
      source: { document: '客户经理工作规范' },
    },
    {
      key: 'db-056',
      type: 'essay',
      category: '协同管理/80%客户管理',
      dimension: '日常业务',
      difficulty: 4,
      points: 10,
      tags: ['协同管理'],
      stem: '谈谈客户经理应如何做好对协同管理零售户的管理工作。',
      referenceAnswer: '一是明确定位。\n二是把握销售走势。\n评分要点：这几个字出现在参考答案里也无妨。',
      rubric: [
        { criterion: '指出不能仅限于盘查库存（检查条码）', points: 2.5 },
        { criterion: '说明如何把握销售走势', points: 3 },
        { criterion: '说明关注零售指导价落实', points: 4.5 },
      ],
      explanation: '考查对“80%协同管理客户”要求的理解。',
      source: { document: '营销部下半年工作计划' },
    },
    {
      key: 'db-057',
      type: 'essay',
      category: '客户服务/投诉处理',
      dimension: '社交礼仪与沟通',
      difficulty: 4,
      points: 8,
      tags: ['投诉处理'],
      stem: '<p>零售户投诉订不到紧俏烟，你将如何处理？</p>',
      referenceAnswer: '<p>首先耐心倾听，<strong>不争辩</strong>。</p><ul><li>核实情况</li><li>解释规则</li></ul>',
      rubric: [
        { criterion: '倾听安抚 & 记录诉求', points: 4 },
        { criterion: '不泄露他户 <订单> 信息', points: 4 },
      ],
      explanation: '<p>投诉处理要闭环。</p>',
      source,
    },
    { type: 'true_false', stem: 'V3', answer: true },
  ];

  it('round-trips all eight question types with their metadata exactly, without issues', () => {
    const result = parseMoodleXml(writeMoodleXml(drafts));
    expect(result.issues).toEqual([]);
    expect(result.questions.map((q) => q.draft)).toEqual(drafts);
  });

  it('writes ordering items in their stored order, each numbered with its place in the key, and reads the key back from those numbers', () => {
    const ordering: QuestionDraft = {
      type: 'ordering',
      stem: '排序',
      items: [
        { id: 'k7d2', text: '录入订单' },
        { id: 'p3x9', text: '登录系统' },
        { id: 'a8m4', text: '选择客户' },
      ],
      answer: ['p3x9', 'a8m4', 'k7d2'],
    };
    const xml = writeMoodleXml([ordering]);
    expect([...xml.matchAll(/<answer fraction="(\d)" format="plain_text"><text><!\[CDATA\[(.*?)\]\]>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual(['3 录入订单', '1 登录系统', '2 选择客户']);
    const [read] = parseMoodleXml(xml).questions.map((q) => q.draft);
    expect(read.type === 'ordering' && read.items.map((i) => i.text)).toEqual(['录入订单', '登录系统', '选择客户']);
    expect(read.type === 'ordering' && read.answer.map((id) => read.items.find((i) => i.id === id)!.text)).toEqual(['登录系统', '选择客户', '录入订单']);
  });

  it('writes well-formed UTF-8 XML in the layout Moodle imports', () => {
    const xml = writeMoodleXml(drafts);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n')).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<category><text><![CDATA[$course$/top/烟草专卖法/专卖品范围]]></text></category>');
    expect(xml).toContain('<category><text><![CDATA[$course$/top]]></text></category>'); // the uncategorised last question
    expect(xml).toContain('<name><text><![CDATA[law-001]]></text></name>');
    expect(xml).toContain('<idnumber>law-001</idnumber>');
    expect(xml).toContain('<name><text><![CDATA[判断：V3]]></text></name>');
    expect(xml).toContain('<tag><text><![CDATA[dimension:法律法规]]></text></tag>');
    expect(xml).toContain('<tag><text><![CDATA[kaoping-range]]></text></tag>');
    expect(xml).toContain('CDATA 结尾符 ]]]]><![CDATA[> 也要原样保留');
  });

  it('writes each type as the Moodle question type a Moodle trainer would expect', () => {
    const types = [...writeMoodleXml(drafts).matchAll(/<question type="(\w+)">/g)].map((m) => m[1]).filter((t) => t !== 'category');
    expect(types).toEqual(['multichoice', 'multichoice', 'truefalse', 'shortanswer', 'cloze', 'cloze', 'cloze', 'numerical', 'numerical', 'numerical', 'matching', 'ordering', 'essay', 'essay', 'truefalse']);
    const xml = writeMoodleXml([drafts[1], drafts[5], drafts[8], drafts[12]]);
    expect(xml).toContain('<answer fraction="33.33333" format="plain_text"><text><![CDATA[卷烟]]></text></answer>');
    expect(xml).toContain('<answer fraction="-33.33333" format="plain_text"><text><![CDATA[烟草专用机械]]></text></answer>');
    expect(xml).toContain('经营指导面达到{2:SHORTANSWER:=60}%以上，有效指导达到{2:SHORTANSWER:=80~=八十}%以上');
    expect(xml).toContain('<text>0.2</text><tolerance>0.09999999999999999</tolerance>');
    expect(xml).toContain('评分要点：\n1. 指出不能仅限于盘查库存（检查条码）（2.5分）\n2. 说明如何把握销售走势（3分）');
  });

  it('drops characters XML cannot carry instead of writing a file Moodle rejects', () => {
    const xml = writeMoodleXml([{ type: 'true_false', stem: '含控制字符\u0001\u0008的题干', answer: true }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parseMoodleXml(xml).questions[0]?.draft.stem).toBe('含控制字符的题干');
  });
});
