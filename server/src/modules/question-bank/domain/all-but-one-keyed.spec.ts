import type { QuestionDraft } from './question-draft';
import { allButOneKeyed } from './all-but-one-keyed';

const multiple = (answer: string[], count: number): QuestionDraft => ({
  type: 'multiple',
  stem: '客户经理在走访中应检查哪些事项？',
  options: Array.from({ length: count }, (_, i) => ({ id: String.fromCharCode(65 + i), text: `事项${i}` })),
  answer,
});

describe('multiple choice with all options but one keyed', () => {
  it('flags three keys of four options', () => {
    expect(allButOneKeyed(multiple(['A', 'B', 'C'], 4))).toBe(true);
  });

  it('does not flag two keys of four options', () => {
    expect(allButOneKeyed(multiple(['A', 'C'], 4))).toBe(false);
  });

  it('does not flag every option keyed (a different smell, not this one)', () => {
    expect(allButOneKeyed(multiple(['A', 'B', 'C', 'D'], 4))).toBe(false);
  });
});
