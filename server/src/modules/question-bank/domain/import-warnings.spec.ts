import { importWarnings } from './import-warnings';
import type { QuestionDraft } from './question-draft';

const sound = (stem: string, key: string): QuestionDraft => ({ type: 'true_false', key, stem, answer: true, explanation: '解析', source: { document: '烟草专卖许可证管理办法' } });

describe('the item-writing warnings of an import', () => {
  it('locates each finding by the line of its question, with the check code', () => {
    const questions = [
      { draft: sound('零售许可证的有效期为5年。', 'q1'), line: 3 },
      { draft: { type: 'true_false', key: 'q2', stem: '零售户不得向未成年人出售卷烟。', answer: true } as QuestionDraft, line: 9 },
    ];
    expect(importWarnings(questions).map((w) => [w.line, w.key, w.code])).toEqual([
      [9, 'q2', 'missing_explanation'],
      [9, 'q2', 'missing_source'],
    ]);
  });

  it('uses the row for a spreadsheet', () => {
    expect(importWarnings([{ draft: { ...sound('零售许可证的有效期为5年。', 'q1'), source: undefined }, row: 4 }])).toEqual([
      { row: 4, key: 'q1', code: 'missing_source', field: 'source', message: expect.any(String) },
    ]);
  });

  it('names a near-duplicate stem within the file and one already in the bank', () => {
    const warnings = importWarnings(
      [
        { draft: sound('烟草专卖零售许可证的有效期为几年？', 'q1'), line: 2 },
        { draft: sound('烟草专卖零售许可证的有效期是几年？', 'q2'), line: 8 },
        { draft: sound('客户经理走访零售户时应检查哪些事项？', 'q3'), line: 14 },
      ],
      [{ key: 'law-007', stem: '客户经理走访零售户时应当检查哪些事项？' }],
    );
    expect(warnings.filter((w) => w.code === 'near_duplicate').map((w) => [w.line, w.message])).toEqual([
      [8, expect.stringContaining('第 2 行的题目')],
      [14, expect.stringContaining('题库中的 law-007')],
    ]);
  });
});
