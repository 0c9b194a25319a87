import type { EventOf } from './knowledge-events';
import type { KnowledgeState } from './knowledge-state';
import { closeQuestion } from './question-flow';
import { addScore } from './score-ledger';
import { speedPoints, streakBonus } from './speed-points';

/** 速答: each competitor's first graded answer before the deadline scores; when all have answered the question closes. */
export function speedAnswer(state: KnowledgeState, e: EventOf<'answer-submitted'>): KnowledgeState {
  const q = state.question;
  const round = state.round;
  const competitorId = state.memberOf[e.playerId];
  if (round?.settings.kind !== 'speed' || !q || q.phase !== 'answering' || !q.deadline || e.at > q.deadline.at) return state;
  if (!competitorId || !round.participantIds.includes(competitorId) || q.triedIds.includes(competitorId)) return state;
  const s = round.settings;
  const captainId = state.competitors[state.indexOf[competitorId]]?.captainId;
  if (s.captainOnly && captainId !== undefined && captainId !== e.playerId) return state;
  // time used counts from the deadline, which a pause moved on: paused time is not used time
  const usedMs = s.answerMs - (q.deadline.at - e.at);
  // the round's streaks change when the question closes; until then they are the earlier questions'
  const streak = e.correct ? (round.streaks[competitorId] ?? 0) + 1 : 0;
  const key = `answer:${q.id}:${competitorId}`;
  const base = { eventId: e.id, at: e.at, competitorId, questionId: q.id };
  let next = addScore(state, { ...base, key, points: e.correct ? speedPoints(s, usedMs) : s.wrong, reason: e.correct ? 'speed' : 'wrong' });
  const bonus = e.correct ? streakBonus(s, streak) : 0;
  if (bonus > 0)
    next = addScore(next, { ...base, key: `streak:${q.id}:${competitorId}`, points: bonus, reason: 'streak', note: `${streak}` });
  const triedIds = [...q.triedIds, competitorId];
  const rightIds = e.correct ? [...q.rightIds, competitorId] : q.rightIds;
  next = { ...next, question: { ...q, triedIds, rightIds } };
  return triedIds.length >= round.participantIds.length ? closeSpeedQuestion(next) : next;
}

/** All have answered or time is up: a right answer carries the streak on, a wrong or missing one ends it. */
export function closeSpeedQuestion(state: KnowledgeState): KnowledgeState {
  const q = state.question;
  const round = state.round;
  if (round?.settings.kind !== 'speed' || !q) return state;
  const right = new Set(q.rightIds);
  const streaks = Object.fromEntries(round.participantIds.map((id) => [id, right.has(id) ? (round.streaks[id] ?? 0) + 1 : 0]));
  return closeQuestion({ ...state, round: { ...round, streaks } }, q.triedIds.length > 0 ? 'answered' : 'unanswered');
}
