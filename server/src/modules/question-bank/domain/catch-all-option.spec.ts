import type { QuestionDraft } from './question-draft';
import { catchAllOptions } from './catch-all-option';

const single = (...texts: string[]): QuestionDraft => ({
  type: 'single',
  stem: '下列哪项是零售户的义务？',
  options: texts.map((text, i) => ({ id: String.fromCharCode(65 + i), text })),
  answer: 'A',
});

describe('options that speak about the other options', () => {
  it.each(['以上都对', '以上都不对', '都不是', '以上说法均正确', '上述选项都不正确', '以上皆是', '全都是', 'None of the above'])('flags 「%s」', (text) => {
    expect(catchAllOptions(single('明码标价', text))).toEqual(['B']);
  });

  it('leaves ordinary options alone, even those starting with 以上', () => {
    expect(catchAllOptions(single('以上一级烟草专卖局批准', '都匀市烟草专卖局', '县级以上地方人民政府'))).toEqual([]);
  });
});
