import type { QuestionDraft, QuestionMeta } from '../domain/question-draft';
import { EXPORT_FORMATS, ExportFormat, parseQuestions, writeQuestions } from './question-formats';

/**
 * Export → import gives the same questions in every offered format. Ids may be renumbered by a
 * format, so questions are compared with every id replaced by the text it stands for.
 */
const meta: QuestionMeta = { stem: '', dimension: '法律法规', difficulty: 4, points: 2, category: '专卖管理/许可证', tags: ['许可证', '延续'], source: { document: '烟草专卖许可证管理办法' } };

const BANK: QuestionDraft[] = [
  {
    ...meta,
    key: 'rt-1',
    type: 'single',
    stem: '零售户转手加价销售紧俏卷烟，客户经理首先应当怎么做？',
    options: [
      { id: 'a', text: '核实情况并按规定报告' },
      { id: 'b', text: '记录在客户档案中' },
      { id: 'c', text: '立即停止供货' },
    ],
    answer: 'a',
    credit: { b: 0.3333333 },
    explanation: '先核实再报告；停供属越权。',
  },
  {
    ...meta,
    key: 'rt-2',
    type: 'multiple',
    stem: '按档位投放时，哪些做法符合规定？',
    options: [
      { id: 'a', text: '同档位投放量相同' },
      { id: 'b', text: '档位定期调整' },
      { id: 'c', text: '关系好的客户临时上调两档' },
    ],
    answer: ['a', 'b'],
    explanation: '档位公开、公平、定期调整。',
  },
  {
    ...meta,
    key: 'rt-3',
    type: 'true_false',
    stem: '许可证有效期届满需继续经营的，应在届满30日前申请延续。',
    answer: true,
    explanation: '见管理办法。',
  },
  { ...meta, key: 'rt-4', type: 'fill_blank', stem: '许可证有效期为 {{1}} 年。', answer: [['5', '五']], explanation: '有效期五年。' },
  {
    ...meta,
    key: 'rt-5',
    type: 'numeric',
    stem: '某户月销量 1200 条，增长 5% 后为多少条？',
    answer: { value: 1260, tolerance: 1 },
    unit: '条',
    explanation: '1200×1.05。',
  },
  {
    ...meta,
    key: 'rt-6',
    type: 'matching',
    stem: '把违规行为与处理配对。',
    left: [
      { id: 'l1', text: '无证经营' },
      { id: 'l2', text: '超范围经营' },
    ],
    right: [
      { id: 'r1', text: '取缔' },
      { id: 'r2', text: '责令改正' },
      { id: 'r3', text: '表扬' },
    ],
    answer: { l1: 'r1', l2: 'r2' },
    explanation: '依法处理。',
  },
  {
    ...meta,
    key: 'rt-7',
    type: 'ordering',
    stem: '把订单提交前的检查排好顺序。',
    items: [
      { id: 's1', text: '核对客户档位' },
      { id: 's2', text: '核对订购量' },
      { id: 's3', text: '提交订单' },
    ],
    answer: ['s1', 's2', 's3'],
    explanation: '先档位后数量。',
  },
  {
    ...meta,
    key: 'rt-8',
    type: 'essay',
    stem: '说明如何做到亲情化服务。',
    referenceAnswer: '主动、耐心、记录需求。',
    rubric: [
      { criterion: '主动服务', points: 5 },
      { criterion: '记录需求', points: 5 },
    ],
    explanation: '要点两条。',
  },
];

/** The question with ids replaced by texts and lists in a canonical order, so renumbering does not count. */
function comparable(draft: QuestionDraft): unknown {
  const text = (list: Array<{ id: string; text: string }>) => (id: string) => list.find((c) => c.id === id)?.text ?? `?${id}`;
  const { key, category, dimension, difficulty, points, stem, explanation, source } = draft;
  const common = { key, category, dimension, difficulty, points, stem, explanation, source, tags: [...(draft.tags ?? [])].sort() };
  switch (draft.type) {
    case 'single':
      return {
        ...common,
        type: draft.type,
        options: draft.options.map((o) => o.text),
        answer: text(draft.options)(draft.answer),
        credit: Object.fromEntries(Object.entries(draft.credit ?? {}).map(([id, c]) => [text(draft.options)(id), c])),
      };
    case 'multiple':
      return {
        ...common,
        type: draft.type,
        options: draft.options.map((o) => o.text),
        answer: draft.answer.map(text(draft.options)).sort(),
      };
    case 'matching':
      return {
        ...common,
        type: draft.type,
        right: draft.right.map((r) => r.text).sort(),
        pairs: Object.entries(draft.answer)
          .map(([l, r]) => `${text(draft.left)(l)}=${text(draft.right)(r)}`)
          .sort(),
      };
    case 'ordering':
      return { ...common, type: draft.type, answer: draft.answer.map(text(draft.items)) };
    case 'true_false':
    case 'fill_blank':
    case 'numeric':
    case 'essay': {
      const {
        key: _k,
        category: _c,
        dimension: _d,
        difficulty: _f,
        points: _p,
        stem: _s,
        explanation: _e,
        source: _o,
        tags: _t,
        ...body
      } = draft;
      return { ...common, ...body };
    }
  }
}

describe('export → import in every format gives the same questions', () => {
  it('offers CSV export beside XLSX, GIFT, Moodle XML and YAML', () => {
    expect([...EXPORT_FORMATS].sort()).toEqual(['csv', 'gift', 'moodle-xml', 'xlsx', 'yaml']);
  });

  it.each(EXPORT_FORMATS.map((f) => [f]))('%s', async (format: ExportFormat) => {
    const file = await writeQuestions(format, { key: 'rt', name: '往返' }, BANK);
    const parsed = await parseQuestions(format, file);
    expect(parsed.issues).toEqual([]);
    expect(parsed.questions.map((q) => comparable(q.draft))).toEqual(BANK.map(comparable));
  });

  it('writes CSV as UTF-8 with a byte order mark, so Excel opens the Chinese text correctly', async () => {
    const file = await writeQuestions('csv', { key: 'rt', name: '往返' }, BANK);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.toString('utf8')).toContain('零售户转手加价销售紧俏卷烟');
    expect(file.toString('utf8').split('\r\n')[0]).toMatch(/^\uFEFF编号,题型,题干,选项A/);
  });
});
