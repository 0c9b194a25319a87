import type { EventOf } from './knowledge-events';
import type { Duel, KnowledgeState, RoundState } from './knowledge-state';
import { roundSettingsProblems, type RoundSettings } from './round-settings';
import { nextPicker, pickOrder } from './wager-order';

export function startContest(state: KnowledgeState, e: EventOf<'contest-started'>): KnowledgeState {
  if (state.status !== 'lobby' || e.competitors.length === 0) return state;
  const memberOf: Record<string, string> = {};
  for (const c of e.competitors) for (const player of c.members) memberOf[player] ??= c.id;
  const indexOf = Object.fromEntries(e.competitors.map((c, i) => [c.id, i]));
  if (Object.keys(indexOf).length !== e.competitors.length) return state;
  return { ...state, status: 'running', competitors: e.competitors, memberOf, indexOf, scores: e.competitors.map(() => 0) };
}

export function startRound(state: KnowledgeState, e: EventOf<'round-started'> | EventOf<'tie-break-started'>): KnowledgeState {
  if (state.status !== 'running' || state.round || state.playedRoundIds.includes(e.roundId)) return state;
  const tieBreak = e.type === 'tie-break-started';
  const settings: RoundSettings = tieBreak ? { ...e.settings, suddenDeath: true } : e.settings;
  const known = new Set(state.competitors.map((c) => c.id));
  const participantIds = [...new Set(e.competitorIds ?? state.competitors.map((c) => c.id))].filter((id) => known.has(id));
  const needsTwo = tieBreak || settings.kind === 'survival';
  if (roundSettingsProblems(settings).length > 0 || participantIds.length < (needsTwo ? 2 : 1)) return state;
  const round: RoundState = {
    id: e.roundId,
    settings,
    participantIds,
    tieBreak,
    fouls: {},
    streaks: {},
    wager: null,
    duel: settings.kind === 'survival' ? firstDuel(participantIds) : null,
    outIds: [],
    winnerId: null,
  };
  return { ...state, round, question: null };
}

/** The first in the list is the champion (擂主); challengers come in list order and answer first. */
function firstDuel([championId, challengerId, ...queue]: string[]): Duel {
  return { championId, challengerId, queue, turnId: challengerId };
}

export function endRound(state: KnowledgeState, e: EventOf<'round-ended'>): KnowledgeState {
  if (state.round?.id !== e.roundId) return state;
  return { ...state, round: null, question: null, playedRoundIds: [...state.playedRoundIds, e.roundId] };
}

export function endContest(state: KnowledgeState): KnowledgeState {
  if (state.status !== 'running') return state;
  const playedRoundIds = state.round ? [...state.playedRoundIds, state.round.id] : state.playedRoundIds;
  return { ...state, status: 'ended', round: null, question: null, pausedAt: null, playedRoundIds };
}

export function startWagerPhase(state: KnowledgeState, e: EventOf<'wager-phase-started'>): KnowledgeState {
  const round = state.round;
  if (round?.settings.kind !== 'wager' || state.pausedAt !== null) return state;
  if (state.question && state.question.phase !== 'closed') return state;
  const order = pickOrder(state, round.participantIds, round.settings);
  const wager = { order, picks: {}, usedIds: [], deadline: { kind: 'pick' as const, at: e.at + round.settings.pickMs } };
  return { ...state, round: { ...round, wager } };
}

/** A pick counts only from the competitor whose turn it is, once, and only of one of the round's values. */
export function pickWager(state: KnowledgeState, competitorId: string, value: number, at: number): KnowledgeState {
  const round = state.round;
  if (round?.settings.kind !== 'wager' || !round.wager || state.pausedAt !== null) return state;
  if (nextPicker(round.wager) !== competitorId || !round.settings.values.includes(value)) return state;
  const picks = { ...round.wager.picks, [competitorId]: value };
  const more = round.wager.order.some((id) => picks[id] === undefined);
  const deadline = more ? { kind: 'pick' as const, at: at + round.settings.pickMs } : null;
  return { ...state, round: { ...round, wager: { ...round.wager, picks, deadline } } };
}

/** The pick timer ran out: the competitor whose turn it was gets the lowest value. */
export function pickTimedOut(state: KnowledgeState, at: number): KnowledgeState {
  const round = state.round;
  if (round?.settings.kind !== 'wager' || !round.wager) return state;
  const picker = nextPicker(round.wager);
  return picker ? pickWager(state, picker, Math.min(...round.settings.values), at) : state;
}
