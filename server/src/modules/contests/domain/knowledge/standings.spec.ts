import { INITIAL_STATE, type KnowledgeState } from './knowledge-state';
import { standings, tiedGroups } from './standings';

const competitors = ['A', 'B', 'C', 'D'].map((id) => ({ id, name: `队${id}`, members: [] }));
const withScores = (scores: Record<string, number>, tieBreakLosses: Record<string, number> = {}): KnowledgeState => ({
  ...INITIAL_STATE,
  competitors,
  indexOf: Object.fromEntries(competitors.map((c, i) => [c.id, i])),
  scores: competitors.map((c) => scores[c.id] ?? 0),
  tieBreakLosses,
});

describe('standings', () => {
  it('ranks by score, equal scores sharing a rank and the next rank skipping (1, 1, 3)', () => {
    expect(standings(withScores({ A: 20, B: 40, C: 20, D: 10 })).map((r) => [r.competitorId, r.score, r.rank])).toEqual([
      ['B', 40, 1],
      ['A', 20, 2],
      ['C', 20, 2],
      ['D', 10, 4],
    ]);
  });

  it('puts the tie-break winner ahead of the others on the same score', () => {
    const rows = standings(withScores({ A: 20, B: 20, C: 20, D: 0 }, { A: 1, B: 1 }));
    expect(rows.map((r) => [r.competitorId, r.rank])).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 2],
      ['D', 4],
    ]);
    expect(tiedGroups(rows)).toEqual([['A', 'B']]);
  });

  it('counts a competitor without any score as zero', () => {
    expect(standings(withScores({ A: 10 })).map((r) => r.score)).toEqual([10, 0, 0, 0]);
  });
});
