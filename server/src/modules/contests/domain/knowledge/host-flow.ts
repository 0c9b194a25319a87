import type { EventOf } from './knowledge-events';
import type { KnowledgeState } from './knowledge-state';
import { shiftDeadline } from './countdown';
import { addScore } from './score-ledger';

/** A host's correction: any amount, with a reason, once per event id. */
export function adjustScore(state: KnowledgeState, e: EventOf<'score-adjusted'>): KnowledgeState {
  if (state.status === 'lobby' || !state.competitors.some((c) => c.id === e.competitorId)) return state;
  if (!Number.isFinite(e.points) || e.points === 0 || e.reason.trim() === '') return state;
  const line = {
    key: `adjust:${e.id}`,
    eventId: e.id,
    at: e.at,
    competitorId: e.competitorId,
    points: e.points,
    reason: 'host-adjust' as const,
  };
  return addScore(state, { ...line, note: e.reason.trim() });
}

export function pause(state: KnowledgeState, at: number): KnowledgeState {
  return state.status === 'running' && state.pausedAt === null ? { ...state, pausedAt: at } : state;
}

/** Every running deadline (and an opening not yet reached) moves on by the length of the pause. */
export function resume(state: KnowledgeState, at: number): KnowledgeState {
  if (state.pausedAt === null) return state;
  const pausedMs = Math.max(0, at - state.pausedAt);
  const q = state.question;
  const question = q && {
    ...q,
    deadline: shiftDeadline(q.deadline, pausedMs),
    opensAt: q.opensAt !== null && q.opensAt > state.pausedAt ? q.opensAt + pausedMs : q.opensAt,
  };
  const round = state.round;
  const wager = round?.wager && { ...round.wager, deadline: shiftDeadline(round.wager.deadline, pausedMs) };
  return { ...state, pausedAt: null, question, round: round && { ...round, wager: wager ?? null } };
}
