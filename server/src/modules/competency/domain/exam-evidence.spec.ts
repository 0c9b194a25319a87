import { evidenceFromItems } from './exam-evidence';

describe('evidence from a graded exam', () => {
  it('sums points earned and at stake per dimension, half credit included', () => {
    const evidence = evidenceFromItems([
      { dimension: '法律法规', score: 2, points: 2 },
      { dimension: '法律法规', score: 1, points: 2 },
      { dimension: 'V3系统操作', score: 0, points: 5 },
      { dimension: '法律法规', score: 0.5, points: 1 },
    ]);
    expect(evidence).toEqual([
      { dimension: '法律法规', points: 3.5, maxPoints: 5, items: 3 },
      { dimension: 'V3系统操作', points: 0, maxPoints: 5, items: 1 },
    ]);
  });

  it('leaves out items with no dimension or an unknown one', () => {
    expect(
      evidenceFromItems([
        { dimension: null, score: 1, points: 1 },
        { dimension: '烹饪', score: 1, points: 1 },
      ]),
    ).toEqual([]);
  });

  it('gives no evidence for a dimension with nothing at stake', () => {
    expect(evidenceFromItems([{ dimension: '日常业务', score: 0, points: 0 }])).toEqual([]);
  });
});
