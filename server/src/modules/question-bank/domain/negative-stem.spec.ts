import type { QuestionDraft } from './question-draft';
import { unemphasisedNegative } from './negative-stem';

const single = (stem: string): QuestionDraft => ({ type: 'single', stem, options: [{ id: 'A', text: '甲' }, { id: 'B', text: '乙' }], answer: 'A' });

describe('a negatively worded stem without emphasis', () => {
  it.each(['下列关于零售许可证的说法，错误的是（ ）', '下列不属于客户经理日常走访内容的是', '以下哪一项不是总量浮动管理的要求？', '下列做法不符合《电子烟管理办法》的是'])('flags 「%s」', (stem) => {
    expect(unemphasisedNegative(single(stem))).toBe(true);
  });

  it.each([
    '下列关于零售许可证的说法，<strong>错误</strong>的是（ ）',
    '下列【不属于】客户经理日常走访内容的是',
    '以下哪一项<u>不是</u>总量浮动管理的要求？',
    '下列做法（不符合）《电子烟管理办法》的是',
  ])('accepts the emphasised 「%s」', (stem) => {
    expect(unemphasisedNegative(single(stem))).toBe(false);
  });

  it('reads only the sentence that asks, not a rule quoted before it', () => {
    expect(unemphasisedNegative(single('总量浮动管理不得规定销量下限。据此，客户经理下列做法正确的是'))).toBe(false);
  });

  it('does not take quoted speech or 是不是 for the ask', () => {
    expect(unemphasisedNegative(single('零售户说：“你们不给我规定下限，我不订了行不行？”对此，客户经理最准确的回答是？'))).toBe(false);
    expect(unemphasisedNegative(single('客户问总量是不是上限，下列回答正确的是'))).toBe(false);
  });

  it('leaves positive stems and statements to judge alone', () => {
    expect(unemphasisedNegative(single('零售许可证由哪一级烟草专卖局发放？'))).toBe(false);
    expect(unemphasisedNegative({ type: 'true_false', stem: '零售户不得向未成年人出售卷烟。', answer: true })).toBe(false);
  });
});
