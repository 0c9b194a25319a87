import type { PaperStructure } from './paper-structure';
import { practiceMaterialWarnings } from './paper-warnings';

describe('practiceMaterialWarnings', () => {
  const fixed: PaperStructure = {
    kind: 'fixed',
    sections: [
      {
        title: '一',
        slots: [
          { questionId: 'a', version: 1, points: 5 },
          { questionId: 'b', version: 1, points: 5 },
        ],
      },
      { title: '二', slots: [{ questionId: 'c', version: 2, points: 10 }] },
    ],
  };
  const blueprint: PaperStructure = {
    kind: 'blueprint',
    rules: [
      { count: 2, points: 5, bankId: 'x' },
      { count: 1, points: 5, bankId: 'y' },
    ],
  };

  it('names the practice-material questions of a fixed paper in paper order', () => {
    const [warning] = practiceMaterialWarnings(fixed, new Set(['c', 'a']), []);
    expect(warning).toMatchObject({ kind: 'practice_material', questionIds: ['a', 'c'], practiceCount: 2, outOf: 3 });
    expect(warning.message).toContain('2 道题属于练习题');
  });

  it('warns about each blueprint rule that can draw practice material, and only those', () => {
    const warnings = practiceMaterialWarnings(blueprint, new Set(), [
      { drawable: 30, practice: 0 },
      { drawable: 12, practice: 4 },
    ]);
    expect(warnings).toEqual([expect.objectContaining({ ruleIndex: 1, practiceCount: 4, outOf: 12 })]);
    expect(warnings[0].message).toContain('第 2 条规则');
  });

  it('says nothing about a paper made only of exam-reserved questions', () => {
    expect(practiceMaterialWarnings(fixed, new Set(), [])).toEqual([]);
    expect(
      practiceMaterialWarnings(blueprint, new Set(), [
        { drawable: 5, practice: 0 },
        { drawable: 5, practice: 0 },
      ]),
    ).toEqual([]);
  });
});
