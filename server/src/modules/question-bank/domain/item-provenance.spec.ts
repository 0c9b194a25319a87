import type { QuestionDraft } from './question-draft';
import { citesWorkPlan, missingExplanation, missingSource, recitesWorkPlan } from './item-provenance';

const question = (extra: Partial<QuestionDraft>): QuestionDraft => ({ type: 'true_false', stem: '总量浮动管理不得规定销量下限。', answer: true, ...extra }) as QuestionDraft;
const plan = { document: '营销部下半年工作计划' };

describe('where a question says its knowledge comes from', () => {
  it('finds a missing or blank explanation and source', () => {
    expect(missingExplanation(question({}))).toBe(true);
    expect(missingExplanation(question({ explanation: '<p> </p>' }))).toBe(true);
    expect(missingExplanation(question({ explanation: '办法规定可控上限、不得规定下限。' }))).toBe(false);
    expect(missingSource(question({}))).toBe(true);
    expect(missingSource(question({ source: { document: '中华人民共和国烟草专卖法' } }))).toBe(false);
  });

  it('counts a recall question on the plan as reciting it, a case applying the plan as citing only', () => {
    expect(recitesWorkPlan(question({ source: plan, difficulty: 2 }))).toBe(true);
    expect(recitesWorkPlan(question({ source: plan, difficulty: 4 }))).toBe(false);
    expect(citesWorkPlan(question({ source: plan, difficulty: 4 }))).toBe(true);
    expect(recitesWorkPlan({ type: 'fill_blank', stem: '经营指导面达到{{1}}以上', answer: [['60']], source: plan, difficulty: 3 })).toBe(true);
  });

  it('does not take a law for the plan', () => {
    expect(citesWorkPlan(question({ source: { document: '烟草专卖许可证管理办法' }, difficulty: 1 }))).toBe(false);
  });
});
