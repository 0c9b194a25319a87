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
  // time used counts from the deadline, which a pause moved on: paused time is not used time
  const usedMs = s.answerMs - (q.deadline.at - e.at);
  const streak = e.correct ? (round.streaks[competitorId] ?? 0) + 1 : 0;
  const key = `answer:${q.id}:${competitorId}`;
  const base = { eventId: e.id, at: e.at, competitorId, questionId: q.id };
  let next = addScore(state, { ...base, key, points: e.correct ? speedPoints(s, usedMs) : s.wrong, reason: e.correct ? 'speed' : 'wrong' });
  const bonus = e.correct ? streakBonus(s, streak) : 0;
  if (bonus > 0)
    next = addScore(next, { ...base, key: `streak:${q.id}:${competitorId}`, points: bonus, reason: 'streak', note: `${streak}` });
  const triedIds = [...q.triedIds, competitorId];
  next = { ...next, round: { ...round, streaks: { ...round.streaks, [competitorId]: streak } }, question: { ...q, triedIds } };
  return round.participantIds.every((id) => triedIds.includes(id)) ? closeQuestion(next, 'answered') : next;
}

/** Time is up: who did not answer loses their streak. */
export function closeSpeedQuestion(state: KnowledgeState): KnowledgeState {
  const q = state.question;
  const round = state.round;
  if (round?.settings.kind !== 'speed' || !q) return state;
  const streaks = { ...round.streaks };
  for (const id of round.participantIds) if (!q.triedIds.includes(id)) streaks[id] = 0;
  return closeQuestion({ ...state, round: { ...round, streaks } }, q.triedIds.length > 0 ? 'answered' : 'unanswered');
}
