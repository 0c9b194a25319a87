import { scoreOf, type KnowledgeState, type WagerPhase } from './knowledge-state';
import type { WagerRound } from './round-settings';

/** Pick (and answer) order by current score; equal scores keep the round's order. */
export function pickOrder(state: KnowledgeState, participantIds: string[], settings: WagerRound): string[] {
  const sign = settings.pickOrder === 'low-first' ? 1 : -1;
  return participantIds
    .map((id, i) => ({ id, i, score: scoreOf(state, id) }))
    .sort((a, b) => sign * (a.score - b.score) || a.i - b.i)
    .map((row) => row.id);
}

/** Whose turn it is to pick, or null when everyone has. */
export function nextPicker(phase: WagerPhase): string | null {
  return phase.order.find((id) => phase.picks[id] === undefined) ?? null;
}

/** Who has not picked yet, in pick order (for the big screen). */
export function notPicked(phase: WagerPhase): string[] {
  return phase.order.filter((id) => phase.picks[id] === undefined);
}
