import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { itemFindings } from '../domain/item-checks';
import type { QuestionDraft } from '../domain/question-draft';
import { parseGift } from './gift-reader';
import { writeGift } from './gift-writer';
import { moodleFraction } from './moodle-grades';
import { parseMoodleXml } from './moodle-xml-reader';
import { writeMoodleXml } from './moodle-xml-writer';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../test/fixtures/formats', name), 'utf8');

describe('a Moodle 4.x export read as Moodle reads it', () => {
  const { questions, issues, notes } = parseMoodleXml(fixture('moodle4-partial-credit.xml'));
  const at = (line: number) => questions.find((q) => q.line === line)?.draft as QuestionDraft;

  it('imports every question, none refused, under the categories below the course default', () => {
    expect(issues).toEqual([]);
    expect(questions.map((q) => [q.line, q.draft.type, q.draft.category])).toEqual([
      [15, 'single', '货源投放'],
      [74, 'multiple', '货源投放'],
      [129, 'multiple', '货源投放'],
      [189, 'essay', '客户服务'],
      [221, 'true_false', '客户服务'],
      [250, 'true_false', '客户服务'],
    ]);
  });

  it('gives two questions both named Q1 distinct keys and says so', () => {
    expect([at(15).key, at(74).key]).toEqual(['Q1', 'Q1-2']);
    expect(notes).toContainEqual({
      line: 74,
      field: 'name',
      message: '题目名称「Q1」与第 15 行的题目同名（Moodle 允许重名），这道题的编号改为 Q1-2',
    });
  });

  it('keeps a single choice single, with a third of the marks for the 33.33333 % option and a note that -50 % counts as 0', () => {
    const q = at(15);
    expect(q).toMatchObject({ type: 'single', answer: 'A', credit: { B: 0.3333333 }, points: 2 });
    expect(notes).toContainEqual({ line: 15, field: 'answer', message: '选项 C（-50%） 的得分为负：考评不倒扣分，选它得 0 分' });
  });

  it('keys every positively graded option of a multiple choice, noting only weights it cannot keep', () => {
    expect(at(74)).toMatchObject({ type: 'multiple', answer: ['A', 'B', 'C'] });
    expect(at(129)).toMatchObject({ type: 'multiple', answer: ['A', 'B'] });
    expect(notes?.filter((n) => n.field === 'answer' && n.message.startsWith('多选题')).map((n) => n.line)).toEqual([129]);
  });

  it('imports an essay without grader information and flags it 待补评分要点', () => {
    const essay = at(189);
    expect(essay).toMatchObject({ type: 'essay', referenceAnswer: '', rubric: [], points: 10 });
    expect(itemFindings(essay).map((f) => f.code)).toContain('essay_without_rubric');
  });

  it('decodes entities in HTML and plain text, keeps allowed markup, and drops the external image with a note', () => {
    expect(at(15).stem).toBe('<p>某零售户上月订购<strong>紧俏卷烟</strong>后转手加价销售，客户经理首先应当：<br /></p>');
    expect(at(189).stem).toContain('“亲情化服务”');
    expect(at(189).stem).not.toMatch(/&ldquo;|<img|moodle\.example/);
    expect(at(221).stem).toBe('烟草专卖零售许可证有效期届满需要继续经营的，应当在有效期届满 30 日前申请延续 <依法> & 按时。');
    expect(notes).toContainEqual(expect.objectContaining({ line: 189, field: 'image' }));
  });

  it('notes once that penalty and shuffleanswers are not used', () => {
    expect(notes?.filter((n) => n.field === 'penalty,shuffleanswers')).toHaveLength(1);
  });

  it('refuses the file whose answer is graded 35 %, naming the question, as Moodle does', () => {
    const refused = parseMoodleXml(fixture('moodle4-invalid-grade.xml'));
    expect(refused.issues).toEqual([
      { line: 129, field: 'answer', message: expect.stringContaining('题目「条码追溯」的答案得分 35% 不是 Moodle 允许的得分比例') },
    ]);
  });

  it('refuses a single choice with no 100 % option instead of promoting a partial one', () => {
    const xml =
      '<quiz>\n<question type="multichoice"><name><text>半对</text></name><questiontext><text>题</text></questiontext><single>true</single><answer fraction="50"><text>甲</text></answer><answer fraction="0"><text>乙</text></answer></question>\n</quiz>';
    expect(parseMoodleXml(xml).issues).toEqual([
      { line: 2, field: 'answer', message: expect.stringContaining('题目「半对」是单选题，但没有得分为 100% 的选项') },
    ]);
  });

  it('writes partial credit back as Moodle fractions, and reads them again', () => {
    const again = parseMoodleXml(writeMoodleXml([at(15)]));
    expect(again.questions[0].draft).toMatchObject({ type: 'single', answer: 'A', credit: { B: 0.3333333 } });
  });
});

describe('Moodle grades', () => {
  it('accepts the listed grades within Moodle’s tolerance and refuses the rest', () => {
    expect([100, 33.33333, 33.333333, -50, 0, 14.28571, -100].map(moodleFraction)).toEqual([
      1, 0.3333333, 0.3333333, -0.5, 0, 0.1428571, -1,
    ]);
    expect([35, 33.3, 101, NaN].map(moodleFraction)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('GIFT as Moodle reads it', () => {
  it('keeps =key with ~%50% beside it single choice, with half the marks for that option, and writes it back', () => {
    const { questions, issues } = parseGift('::G1::哪项最先做？{=核实 ~%50%记录 ~停供}');
    expect(issues).toEqual([]);
    expect(questions[0].draft).toMatchObject({ type: 'single', answer: 'A', credit: { B: 0.5 } });
    expect(parseGift(writeGift([questions[0].draft])).questions[0].draft).toMatchObject({
      type: 'single',
      answer: 'A',
      credit: { B: 0.5 },
    });
  });

  it('refuses a weight Moodle does not list, naming the question', () => {
    expect(parseGift('::G2::哪些？{~%35%甲 ~%65%乙 ~%-100%丙}').issues[0]).toMatchObject({
      line: 1,
      field: 'answer',
      message: expect.stringContaining('题目「G2」的答案得分 35%'),
    });
  });

  it('gives repeated titles distinct keys and says so, instead of refusing the file', () => {
    const { questions, issues, notes } = parseGift('::Q1::甲？{T}\n\n::Q1::乙？{F}');
    expect(issues).toEqual([]);
    expect(questions.map((q) => q.draft.key)).toEqual(['Q1', 'Q1-2']);
    expect(notes).toEqual([
      { line: 3, field: 'key', message: '第 3 行：标题「Q1」与第 1 行的题目同名（Moodle 允许重名），这道题的编号改为 Q1-2' },
    ]);
  });
});
