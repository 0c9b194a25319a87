import { scoreOf, type KnowledgeState } from './knowledge-state';

export interface Standing {
  competitorId: string;
  name: string;
  score: number;
  /** Competition ranking: equal scores share a rank (1, 1, 3) unless a tie-break separated them. */
  rank: number;
}

export function standings(state: KnowledgeState): Standing[] {
  const losses = (id: string) => state.tieBreakLosses[id] ?? 0;
  const rows = state.competitors
    .map((c, order) => ({ competitorId: c.id, name: c.name, score: scoreOf(state, c.id), order }))
    .sort((a, b) => b.score - a.score || losses(a.competitorId) - losses(b.competitorId) || a.order - b.order);
  return rows.map((row, i) => {
    const first = rows.findIndex((r) => r.score === row.score && losses(r.competitorId) === losses(row.competitorId));
    return { competitorId: row.competitorId, name: row.name, score: row.score, rank: (first === -1 ? i : first) + 1 };
  });
}

/** Groups of two or more sharing a rank: who a sudden-death tie-break is for. */
export function tiedGroups(rows: Standing[]): string[][] {
  const byRank = new Map<number, string[]>();
  for (const row of rows) byRank.set(row.rank, [...(byRank.get(row.rank) ?? []), row.competitorId]);
  return [...byRank.values()].filter((ids) => ids.length > 1);
}
