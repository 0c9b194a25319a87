import type { QuestionDraft } from './question-draft';
import { itemFindings } from './item-checks';

describe('the item-writing checks of one question', () => {
  it('reports every problem of a badly written question with its code and field', () => {
    const draft: QuestionDraft = {
      type: 'single',
      stem: '下列关于零售许可证的说法，错误的是',
      options: [
        { id: 'A', text: '有效期为5年' },
        { id: 'B', text: '零售户可以自行将许可证转借给亲属经营使用' },
        { id: 'C', text: '以上都对' },
      ],
      answer: 'B',
    };
    expect(itemFindings(draft).map((f) => [f.code, f.field])).toEqual([
      ['longest_key', 'options'],
      ['catch_all_option', 'options'],
      ['negative_stem', 'stem'],
      ['missing_explanation', 'explanation'],
      ['missing_source', 'source'],
    ]);
  });

  it('reports nothing for a sound question citing a law', () => {
    const draft: QuestionDraft = {
      type: 'multiple',
      stem: '零售户有下列哪些情形，应当向发证机关申请变更零售许可证？',
      options: [
        { id: 'A', text: '企业名称变更' },
        { id: 'B', text: '负责人变更' },
        { id: 'C', text: '月订购量增加' },
        { id: 'D', text: '店内货架重新布置' },
      ],
      answer: ['A', 'B'],
      explanation: '许可证载明事项变化须办理变更；订购量、货架布置不在许可证上。',
      source: { document: '烟草专卖许可证管理办法' },
    };
    expect(itemFindings(draft)).toEqual([]);
  });

  it('notes a question citing the work plan', () => {
    expect(itemFindings({ type: 'true_false', stem: '经营指导面是全年要求。', answer: true, explanation: '计划：全年要求…', source: { document: '营销部下半年工作计划' } }).map((f) => f.code)).toEqual(['cites_work_plan']);
  });
});
