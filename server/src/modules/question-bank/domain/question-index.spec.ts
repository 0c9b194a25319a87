import type { QuestionDraft } from './question-draft';
import { questionFingerprint, questionSearchText } from './question-index';

const base: QuestionDraft = {
  type: 'single',
  stem: '零售户应当从哪里购进卷烟？',
  options: [
    { id: 'A', text: '当地烟草专卖批发企业' },
    { id: 'B', text: '任何批发市场' },
  ],
  answer: 'A',
};

describe('duplicate fingerprints', () => {
  it('match the same question written with full-width characters, other spacing or shuffled options', () => {
    const shuffled: QuestionDraft = { ...base, stem: '零售户应当从哪里购进卷烟 ?'.replace(' ?', '？'), options: [{ id: 'A', text: '任何批发市场' }, { id: 'B', text: '当地烟草专卖批发企业' }], answer: 'B' };
    expect(questionFingerprint(shuffled)).toBe(questionFingerprint(base));
    expect(questionFingerprint({ ...base, stem: ' 零售户应当从哪里购进卷烟？ ' })).toBe(questionFingerprint(base));
  });

  it('differ when the key differs', () => {
    expect(questionFingerprint({ ...base, answer: 'B' })).not.toBe(questionFingerprint(base));
  });
});

describe('search text', () => {
  it('includes the stem, every option and the tags', () => {
    const text = questionSearchText({ ...base, tags: ['进货渠道'] });
    expect(text).toContain('零售户应当从哪里购进卷烟');
    expect(text).toContain('任何批发市场');
    expect(text).toContain('进货渠道');
  });
});
