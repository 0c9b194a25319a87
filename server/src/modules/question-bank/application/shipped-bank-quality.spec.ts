import type { QuestionDraft } from '../domain/question-draft';
import { readRepositoryBanks } from './repository-banks';
import { ENFORCED_BANKS, qualityMarkdown, shippedBankQuality } from './shipped-bank-quality';

describe("the shipped banks' item-writing figures", () => {
  const quality = shippedBankQuality(readRepositoryBanks());

  it('enforce the limits on every shipped bank, and every one keeps them', () => {
    expect(quality.map((b) => b.key).sort()).toEqual([...ENFORCED_BANKS].sort());
    for (const bank of quality) expect([bank.key, bank.breaches]).toEqual([bank.key, []]);
    expect(quality.reduce((n, b) => n + b.figures.questions, 0)).toBeGreaterThanOrEqual(600);
  });

  it('report a bank that breaks a limit without enforcing it until it is listed', () => {
    const draft = (key: string, stem: string): QuestionDraft => ({ key, type: 'true_false', stem, answer: true, difficulty: 1, explanation: '解析', source: { document: '营销部下半年工作计划' } });
    const [bank] = shippedBankQuality([{ file: 'x/bank.yaml', bank: { key: 'new-bank', name: '新题库' }, issues: [], questions: [draft('n1', '经营指导面是全年要求，不是每个月都要达到的要求。'), draft('n2', '经营指导面是全年的要求，不是每个月都要达到的要求。')] }]);
    expect(bank.enforced).toBe(false);
    expect(bank.breaches).toEqual(expect.arrayContaining([expect.stringContaining('背诵工作计划'), expect.stringContaining('相似度')]));
    expect(bank.pairs).toEqual([{ a: 'new-bank/n1', b: 'new-bank/n2', similarity: expect.any(Number) }]);
    expect(qualityMarkdown([bank])).toContain('new-bank/n1 ≈ new-bank/n2');
  });
});
