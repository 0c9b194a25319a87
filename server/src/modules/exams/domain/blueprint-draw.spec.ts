import { BlueprintShortfall, drawBlueprint } from './blueprint-draw';

const pool = (n: number, prefix = 'q') => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, version: 1 }));
const rule = { bankId: 'b', count: 3, points: 2 };

describe('drawing a blueprint paper', () => {
  it('prefers questions the candidate has not seen', () => {
    const seen = new Set(['q0', 'q1', 'q2', 'q3']);
    const drawn = drawBlueprint([rule], [pool(7)], seen);
    expect(drawn.map((d) => d.questionId).sort()).toEqual(['q4', 'q5', 'q6']);
    expect(drawn.every((d) => d.points === 2)).toBe(true);
  });

  it('falls back to seen questions when there are not enough new ones', () => {
    const drawn = drawBlueprint([rule], [pool(4)], new Set(['q0', 'q1', 'q2']));
    expect(drawn.map((d) => d.questionId)).toContain('q3');
    expect(new Set(drawn.map((d) => d.questionId)).size).toBe(3);
  });

  it('never puts one question in two slots when rules overlap', () => {
    const drawn = drawBlueprint([rule, rule], [pool(6), pool(6)], new Set());
    expect(new Set(drawn.map((d) => d.questionId)).size).toBe(6);
  });

  it('says which rule is short and by how much', () => {
    expect(() => drawBlueprint([rule, { ...rule, count: 5 }], [pool(3), pool(6)], new Set())).toThrow(new BlueprintShortfall(1, 5, 3));
  });
});
