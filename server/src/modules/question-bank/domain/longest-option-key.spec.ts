import type { QuestionDraft } from './question-draft';
import { keyIsUniqueLongest } from './longest-option-key';

const single = (answer: string, ...texts: string[]): QuestionDraft => ({
  type: 'single',
  stem: '零售许可证的有效期为几年？',
  options: texts.map((text, i) => ({ id: String.fromCharCode(65 + i), text })),
  answer,
});

describe('the key is the unique longest option', () => {
  it('flags a key longer than every distractor', () => {
    expect(keyIsUniqueLongest(single('B', '3年', '向发证机关申请延续并补齐材料', '2年'))).toBe(true);
  });

  it('does not flag a key that ties with a distractor for longest', () => {
    expect(keyIsUniqueLongest(single('A', '县级烟草专卖局', '市级烟草专卖局', '乡镇政府'))).toBe(false);
  });

  it('does not flag a key shorter than a distractor', () => {
    expect(keyIsUniqueLongest(single('A', '5年', '由客户经理在系统中自行延长'))).toBe(false);
  });

  it('counts what the candidate sees, not the markup', () => {
    expect(keyIsUniqueLongest(single('A', '<strong>五年</strong>', '三年整'))).toBe(false);
  });

  it('applies to single choice only', () => {
    expect(keyIsUniqueLongest({ type: 'true_false', stem: '零售许可证有效期为5年。', answer: true })).toBe(false);
  });
});
