import { evidenceOfInput, type EvidenceInput } from './evidence-input';

const input: EvidenceInput = {
  kind: 'contest',
  sourceId: 'contest-7:user-1',
  title: '11月 法律法规知识竞赛',
  userId: '7d3c1e0a-1111-4a2b-9c3d-0000000000bb',
  occurredAt: new Date('2026-11-30T17:00:00Z'),
  items: [
    { dimension: '法律法规', fraction: 0.8, weight: 20, items: 10 },
    { dimension: '行业政策', fraction: 0.5 },
  ],
};

describe('the evidence contract other modules write through', () => {
  it('turns a fraction and a weight into points of the same scale as an exam', () => {
    const source = evidenceOfInput(input, new Date('2026-12-01T00:00:00Z'));
    expect(source).toMatchObject({ kind: 'contest', sourceId: input.sourceId, month: '2026-12-01', makeup: false, countedShare: 1 });
    expect('dimensions' in source && source.dimensions).toEqual([
      { dimension: '法律法规', points: 16, maxPoints: 20, items: 10 },
      { dimension: '行业政策', points: 5, maxPoints: 10, items: 1 },
    ]);
  });

  it('names what is wrong instead of recording it', () => {
    const at = new Date();
    expect(evidenceOfInput({ ...input, items: [{ dimension: '法律法规', fraction: 1.2 }] }, at)).toEqual({
      problem: 'fraction must be within 0..1',
    });
    expect(evidenceOfInput({ ...input, items: [{ dimension: '棋艺' as never, fraction: 1 }] }, at)).toEqual({
      problem: 'unknown dimension 棋艺',
    });
    expect(evidenceOfInput({ ...input, items: [{ dimension: '法律法规', fraction: 1, weight: 0 }] }, at)).toMatchObject({
      problem: expect.stringMatching(/weight/),
    });
    expect(evidenceOfInput({ ...input, sourceId: '' }, at)).toMatchObject({ problem: expect.stringMatching(/sourceId/) });
  });
});
