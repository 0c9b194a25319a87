import type { QuestionDraft } from '../domain/question-draft';
import { EXPORT_FORMATS, parseQuestions, writeQuestions } from './question-formats';

// everything the repository's YAML format requires, so only the limits are at fault
const meta = { category: '测试', dimension: '法律法规', difficulty: 2, explanation: '解析' } as const;
const tooManyOptions: QuestionDraft = {
  ...meta,
  type: 'single',
  key: 'many',
  stem: '选出正确的一项',
  options: Array.from({ length: 10 }, (_, i) => ({ id: String.fromCharCode(65 + i), text: `选项${i}` })),
  answer: 'A',
};
const tooLongOption: QuestionDraft = { ...meta, type: 'single', key: 'long', stem: '选出正确的一项', options: [{ id: 'A', text: '长'.repeat(6000) }, { id: 'B', text: '短' }], answer: 'A' };

describe('imports obey the editor’s limits in every format', () => {
  it.each(EXPORT_FORMATS)('%s: a question with 10 options or a 6,000-character option is reported at its line or row', async (format) => {
    for (const draft of [tooManyOptions, tooLongOption]) {
      const file = await writeQuestions(format, { key: 'limits', name: '超限' }, [draft]);
      const { issues } = await parseQuestions(format, file);
      expect(issues).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/最多 8 个|不能超过 5000|more than 8 items/) }));
      for (const issue of issues) expect((issue.line ?? issue.row ?? 0) > 0).toBe(true);
    }
  });
});
