import type { EventOf } from './knowledge-events';
import type { KnowledgeState, QuestionOutcome, QuestionState, RoundState } from './knowledge-state';
import { addScore, reverseQuestionScores } from './score-ledger';

export function isOpen(question: QuestionState | null): boolean {
  return question !== null && question.phase !== 'closed';
}

export function closeQuestion(state: KnowledgeState, outcome: QuestionOutcome): KnowledgeState {
  if (!state.question) return state;
  return { ...state, question: { ...state.question, phase: 'closed', outcome, deadline: null } };
}

export function showQuestion(state: KnowledgeState, e: EventOf<'question-shown'>): KnowledgeState {
  const round = state.round;
  if (!round || state.status !== 'running' || state.pausedAt !== null || isOpen(state.question) || round.winnerId) return state;
  if (state.question?.id === e.questionId) return state;
  const s = round.settings;
  const base: QuestionState = {
    id: e.questionId,
    roundId: round.id,
    shownAt: e.at,
    phase: 'answering',
    outcome: null,
    answeringId: null,
    value: null,
    deadline: { kind: 'answer', at: e.at + s.answerMs },
    opensAt: null,
    presses: [],
    ranking: [],
    triedIds: [],
    rightIds: [],
    barredIds: [],
  };
  const plays = (id: string | undefined): id is string =>
    id !== undefined && round.participantIds.includes(id) && !round.outIds.includes(id);
  let question: QuestionState;
  switch (s.kind) {
    case 'required':
      if (!plays(e.forCompetitorId)) return state;
      question = { ...base, answeringId: e.forCompetitorId };
      break;
    case 'wager': {
      const id = e.forCompetitorId;
      const value = id === undefined ? undefined : round.wager?.picks[id];
      if (!plays(id) || value === undefined || round.wager?.usedIds.includes(id)) return state;
      question = { ...base, answeringId: id, value };
      break;
    }
    case 'survival':
      if (!round.duel || (e.forCompetitorId !== undefined && e.forCompetitorId !== round.duel.turnId)) return state;
      question = { ...base, answeringId: round.duel.turnId };
      break;
    case 'buzzer':
      question = { ...base, phase: 'reading', deadline: null };
      break;
    case 'speed':
      question = { ...base, deadline: { kind: 'responses', at: e.at + s.answerMs } };
      break;
  }
  return { ...state, question };
}

export type Verdict = 'right' | 'wrong' | 'timeout';

/** The answering competitor's answer is settled: judged by the host, graded, or timed out (a player who left). */
export function settleAnswer(state: KnowledgeState, competitorId: string, verdict: Verdict, eventId: string, at: number): KnowledgeState {
  const q = state.question;
  const round = state.round;
  if (!round || !q || q.phase !== 'answering' || q.answeringId !== competitorId || round.settings.kind === 'speed') return state;
  const s = round.settings;
  const right = verdict === 'right';
  const points = (() => {
    switch (s.kind) {
      case 'required':
      case 'buzzer':
        return right ? s.right : s.wrong;
      case 'survival':
        return right ? s.right : 0;
      case 'wager':
        return right ? (q.value ?? 0) : -(q.value ?? 0);
    }
  })();
  let next = addScore(state, {
    key: `answer:${q.id}:${competitorId}`,
    eventId,
    at,
    competitorId,
    points,
    reason: verdict,
    questionId: q.id,
  });
  const tried = { ...q, triedIds: [...q.triedIds, competitorId] };
  next = { ...next, question: tried };
  switch (s.kind) {
    case 'required':
      return closeQuestion(next, 'answered');
    case 'wager':
      return closeQuestion(
        withRound(next, { ...round, wager: round.wager && { ...round.wager, usedIds: [...round.wager.usedIds, competitorId] } }),
        'answered',
      );
    case 'survival':
      return closeQuestion(withRound(next, afterDuelAnswer(round, competitorId, right)), 'answered');
    case 'buzzer': {
      if (s.suddenDeath) return closeQuestion(suddenDeathAnswer(next, round, competitorId, right), 'answered');
      const nextInLine =
        right || s.afterWrong === 'close' ? undefined : tried.ranking.find((r) => !tried.triedIds.includes(r.competitorId));
      if (!nextInLine) return closeQuestion(next, 'answered');
      return { ...next, question: { ...tried, answeringId: nextInLine.competitorId, deadline: { kind: 'answer', at: at + s.answerMs } } };
    }
  }
}

function withRound(state: KnowledgeState, round: RoundState): KnowledgeState {
  return { ...state, round };
}

/** 一站到底: right passes the turn to the other side; wrong puts the answerer out and brings in the next challenger. */
function afterDuelAnswer(round: RoundState, competitorId: string, right: boolean): RoundState {
  const duel = round.duel;
  if (!duel) return round;
  const otherId = competitorId === duel.championId ? duel.challengerId : duel.championId;
  if (right) return { ...round, duel: { ...duel, turnId: otherId } };
  const [challengerId, ...queue] = duel.queue;
  const outIds = [...round.outIds, competitorId];
  if (challengerId === undefined) return { ...round, outIds, duel: null, winnerId: otherId };
  return { ...round, outIds, duel: { championId: otherId, challengerId, queue, turnId: challengerId } };
}

/** Sudden death: the first right answer wins the tie-break; a wrong one drops out, and the last one left wins. */
function suddenDeathAnswer(state: KnowledgeState, round: RoundState, competitorId: string, right: boolean): KnowledgeState {
  const outIds = right ? round.outIds : [...round.outIds, competitorId];
  const left = round.participantIds.filter((id) => !outIds.includes(id));
  const winnerId = right ? competitorId : left.length === 1 ? left[0] : null;
  if (!winnerId) return withRound(state, { ...round, outIds });
  const tieBreakLosses = { ...state.tieBreakLosses };
  for (const id of round.participantIds) if (id !== winnerId) tieBreakLosses[id] = (tieBreakLosses[id] ?? 0) + 1;
  return { ...withRound(state, { ...round, outIds, winnerId }), tieBreakLosses };
}

/** The host voids a question (a teammate's prompt in 必答, a faulty question): whatever it scored is taken back. */
export function voidQuestion(state: KnowledgeState, e: EventOf<'question-voided'>): KnowledgeState {
  const q = state.question;
  if (!q || q.id !== e.questionId || q.outcome === 'voided') return state;
  return closeQuestion(reverseQuestionScores(state, q.id, e.id, e.at, e.reason), 'voided');
}
