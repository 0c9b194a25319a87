import type { BuzzRank, EventOf } from './knowledge-events';
import type { KnowledgeState, Press, QuestionState } from './knowledge-state';
import { rankPresses, windowClosesAt } from './buzz-window';
import { pressTime } from './press-time';
import { closeQuestion } from './question-flow';
import type { BuzzerRound } from './round-settings';
import { addScore } from './score-ledger';

function buzzerRound(state: KnowledgeState): BuzzerRound | null {
  return state.round?.settings.kind === 'buzzer' ? state.round.settings : null;
}

export function armBuzzer(state: KnowledgeState, e: EventOf<'buzzer-armed'>): KnowledgeState {
  const s = buzzerRound(state);
  const q = state.question;
  if (!s || !q || q.id !== e.questionId || q.phase !== 'reading' || state.pausedAt !== null) return state;
  const opensAt = Math.max(e.at, e.opensAt);
  return { ...state, question: { ...q, phase: 'armed', opensAt, deadline: { kind: 'no-buzz', at: opensAt + s.noBuzzMs } } };
}

/**
 * A press while the question is read or before the announced opening is a foul; a press inside the
 * player's cooldown, a second press, or one from a competitor out or barred counts for nothing. A
 * press after the buzz was resolved joins the ranking below whoever answers.
 */
export function press(state: KnowledgeState, e: EventOf<'buzz-pressed'>): KnowledgeState {
  const s = buzzerRound(state);
  const q = state.question;
  const round = state.round;
  const competitorId = state.memberOf[e.playerId];
  if (!s || !round || !q || q.id !== e.questionId || q.phase === 'closed' || state.pausedAt !== null) return state;
  if (!competitorId || !round.participantIds.includes(competitorId) || round.outIds.includes(competitorId)) return state;
  if (q.barredIds.includes(competitorId) || q.presses.some((p) => p.playerId === e.playerId)) return state;
  const cooldownFrom = e.at - s.timing.cooldownMs;
  if (state.recentPresses.some((p) => p.playerId === e.playerId && p.at > cooldownFrom)) return state;
  const timed = { playerId: e.playerId, competitorId, arrivedAt: e.at, stampedAt: e.stampedAt, rttMs: e.rttMs, clockStable: e.clockStable };
  const recentPresses = [...state.recentPresses.filter((p) => p.at > cooldownFrom), { playerId: e.playerId, at: e.at }];
  const next = { ...state, recentPresses };
  if (q.opensAt === null || pressTime(timed).at < q.opensAt) return foul(next, q, competitorId, e, s);
  const question = { ...q, presses: [...q.presses, timed] };
  return { ...next, question: q.phase === 'answering' ? { ...question, ranking: withLatePress(q, timed) } : question };
}

/**
 * A press that arrives after the window closed cannot take the answer from whoever has it, but it takes
 * its place by press time below them: the big screen's list and the next in line stay in press order.
 */
function withLatePress(q: QuestionState, late: Press): BuzzRank[] {
  if (q.ranking.some((r) => r.competitorId === late.competitorId)) return q.ranking;
  const first = q.ranking[0]?.pressedAt ?? 0;
  const { at, basis } = pressTime(late);
  const line: BuzzRank = { playerId: late.playerId, competitorId: late.competitorId, pressedAt: at, basis, gapMs: Math.round(at - first) };
  const floor = q.ranking.findIndex((r) => r.competitorId === q.answeringId) + 1;
  const later = q.ranking.findIndex((r, i) => i >= floor && r.pressedAt > at);
  const index = later === -1 ? q.ranking.length : later;
  return [...q.ranking.slice(0, index), line, ...q.ranking.slice(index)];
}

function foul(state: KnowledgeState, q: QuestionState, competitorId: string, e: EventOf<'buzz-pressed'>, s: BuzzerRound): KnowledgeState {
  const round = state.round!;
  const count = (round.fouls[competitorId] ?? 0) + 1;
  const withCount = { ...state, round: { ...round, fouls: { ...round.fouls, [competitorId]: count } } };
  const line = { key: `foul:${q.id}:${competitorId}`, eventId: e.id, at: e.at, competitorId, reason: 'foul' as const, questionId: q.id };
  if (s.foul.kind === 'void-question') {
    const penalised = addScore(withCount, { ...line, points: s.foul.points });
    // an early press that arrives only after the buzz was resolved still costs its points, but does not
    // take the question away from the team answering it
    return q.phase === 'answering' ? penalised : closeQuestion(penalised, 'voided');
  }
  const barred = { ...withCount, question: { ...q, barredIds: [...q.barredIds, competitorId] } };
  return count >= 2 && s.foul.secondFoulPoints !== 0 ? addScore(barred, { ...line, points: s.foul.secondFoulPoints }) : barred;
}

/** What the server puts in `buzz-resolved` when the window closes (see `buzzWindowClosesAt`). */
export function buzzResolution(state: KnowledgeState): BuzzRank[] {
  const q = state.question;
  if (!q || q.phase !== 'armed') return [];
  return rankPresses(q.presses.filter((p) => !q.barredIds.includes(p.competitorId)));
}

/** When to emit `buzz-resolved`; `slowestOneWayMs` is half the largest RTT among the connected phones of the round. */
export function buzzWindowClosesAt(state: KnowledgeState, slowestOneWayMs: number): number | null {
  const s = buzzerRound(state);
  const q = state.question;
  if (!s || !q || q.phase !== 'armed' || state.pausedAt !== null) return null;
  return windowClosesAt(q.presses, s.timing, slowestOneWayMs);
}

export function resolveBuzz(state: KnowledgeState, e: EventOf<'buzz-resolved'>): KnowledgeState {
  const s = buzzerRound(state);
  const q = state.question;
  const winner = e.ranking[0];
  if (!s || !q || q.id !== e.questionId || q.phase !== 'armed' || !winner || state.pausedAt !== null) return state;
  const question: QuestionState = {
    ...q,
    phase: 'answering',
    ranking: e.ranking,
    answeringId: winner.competitorId,
    deadline: { kind: 'answer', at: e.at + s.answerMs },
  };
  return { ...state, question };
}

/** 15 s (the round's setting) with no valid buzz: an audience question, nobody scores. */
export function noBuzz(state: KnowledgeState): KnowledgeState {
  const q = state.question;
  if (!q || q.phase !== 'armed' || q.presses.length > 0) return state;
  return closeQuestion(state, 'audience');
}
