import type { QuestionDraft } from './question-draft';
import { hardShare, mixDeviations, spreadOf } from './bank-mix';

const q = (difficulty: number, type: 'single' | 'true_false' = 'true_false'): QuestionDraft =>
  type === 'single' ? { type, stem: 's', options: [{ id: 'A', text: '甲' }, { id: 'B', text: '乙' }], answer: 'A', difficulty, dimension: '法律法规' } : { type, stem: 't', answer: true, difficulty, dimension: '法律法规' };

describe("a bank's spread against the target mix", () => {
  const bank = [q(1), q(2), q(2), q(2), q(3, 'single'), q(4, 'single'), q(5), q(2), q(3), q(2)];

  it('counts and shares each value', () => {
    expect(spreadOf(bank, (d) => d.type)).toEqual({ true_false: { count: 8, share: 0.8 }, single: { count: 2, share: 0.2 } });
  });

  it('measures the share at difficulty 4–5', () => {
    expect(hardShare(bank)).toBeCloseTo(0.2);
  });

  it('names a difficulty too far from its target, a missing type and a dominant type', () => {
    expect(mixDeviations(bank, ['single', 'true_false', 'essay'])).toEqual(
      expect.arrayContaining([
        { attribute: 'difficulty', value: '2', actual: 0.5, target: 0.3 },
        { attribute: 'type', value: 'essay', actual: 0, target: 1 / 3 },
        { attribute: 'type', value: 'true_false', actual: 0.8, target: 0.45 },
      ]),
    );
  });
});
