import type { QuestionDraft } from './question-draft';
import { questionFingerprint } from './question-index';
import { planImport } from './import-plan';

const tf = (stem: string, key?: string): QuestionDraft => ({ type: 'true_false', stem, answer: true, ...(key && { key }) });

describe('import plan', () => {
  const existing = [{ id: 'e1', key: 'law-001', fingerprint: questionFingerprint(tf('零售户须持证经营')) }];

  it('creates new questions and counts them by type', () => {
    const plan = planImport({ questions: [{ draft: tf('新题', 'n1'), line: 1 }], issues: [] }, existing, 'skip');
    expect(plan.create).toHaveLength(1);
    expect(plan.byType).toEqual({ true_false: 1 });
  });

  it('skips a duplicate of an existing question (same stem and key) when told to, and says so', () => {
    const plan = planImport({ questions: [{ draft: tf(' 零售户须持证经营 '), row: 5 }], issues: [] }, existing, 'skip');
    expect(plan.create).toEqual([]);
    expect(plan.skipped).toBe(1);
    expect(plan.duplicates).toEqual([{ row: 5, key: null, stem: ' 零售户须持证经营 ', existingKey: 'law-001', outcome: 'skipped' }]);
  });

  it('turns a duplicate, or the same key, into a new version when told to', () => {
    const plan = planImport({ questions: [{ draft: tf('改写后的题干', 'law-001'), line: 3 }], issues: [] }, existing, 'new_version');
    expect(plan.newVersions).toEqual([{ draft: tf('改写后的题干', 'law-001'), line: 3, existingId: 'e1' }]);
  });

  it('reports a key used twice in one file as an error at the second place', () => {
    const plan = planImport({ questions: [{ draft: tf('一', 'k'), line: 1 }, { draft: tf('二', 'k'), line: 9 }], issues: [] }, [], 'skip');
    expect(plan.issues).toMatchObject([{ line: 9, field: 'key', message: '编号 k 在文件中出现了两次（另一处在第 1 行）' }]);
  });

  it('lists a question the file repeats under duplicates, with the line it repeats, instead of skipping it silently', () => {
    const plan = planImport({ questions: [{ draft: tf('拜访要做记录', 'v1'), line: 2 }, { draft: tf('拜访要做记录', 'v2'), line: 7 }], issues: [] }, [], 'skip');
    expect(plan.create).toHaveLength(1);
    expect(plan.skipped).toBe(1);
    expect(plan.duplicates).toEqual([{ line: 7, key: 'v2', stem: '拜访要做记录', existingKey: 'v1', outcome: 'skipped', sameAsLine: 2 }]);
  });
});
