import { bankFigures, limitBreaches } from './bank-quality';
import type { QuestionDraft } from './question-draft';

const source = { document: '中华人民共和国烟草专卖法' };
const single = (answer: string, difficulty: number): QuestionDraft => ({
  type: 'single',
  stem: `题${difficulty}${answer}`,
  options: [
    { id: 'A', text: '县级烟草专卖局' },
    { id: 'B', text: '乡镇政府' },
    { id: 'C', text: '省级烟草专卖局负责审批' },
  ],
  answer,
  difficulty,
  explanation: '解析',
  source,
});

describe("a bank's figures against the limits", () => {
  it('keeps the limits when longest keys are rare, enough questions are hard and all are sourced', () => {
    const bank = [single('A', 4), single('B', 2), single('C', 3), single('A', 1)];
    const figures = bankFigures(bank, 0);
    expect(figures.longestKey).toEqual({ count: 1, of: 4, share: 0.25 });
    expect(figures.hard).toEqual({ count: 1, of: 4, share: 0.25 });
    expect(limitBreaches(figures)).toEqual([]);
  });

  it('names each limit broken', () => {
    const bank: QuestionDraft[] = [single('C', 2), single('C', 2), { type: 'true_false', stem: '经营指导面达到60以上。', answer: true, difficulty: 1, source: { document: '营销部下半年工作计划' } }];
    const breaches = limitBreaches(bankFigures(bank, 1));
    expect(breaches).toEqual([
      expect.stringContaining('唯一最长选项'),
      expect.stringContaining('相似度'),
      expect.stringContaining('难度 4–5'),
      expect.stringContaining('背诵工作计划'),
      '1 道题缺少解析',
    ]);
  });
});
