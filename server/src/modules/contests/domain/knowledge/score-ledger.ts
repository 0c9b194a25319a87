import type { KnowledgeState, ScoreChange } from './knowledge-state';

/**
 * Adds a line to the ledger unless one with the same key is there: a resent judgement, a replayed
 * answer, a duplicated adjustment leave the score as it was. Tie-break rounds score nothing.
 */
export function addScore(state: KnowledgeState, change: ScoreChange): KnowledgeState {
  if (state.round?.tieBreak && change.reason !== 'host-adjust') return state;
  if (state.ledger.some((line) => line.key === change.key)) return state;
  return {
    ...state,
    ledger: [...state.ledger, change],
    scores: { ...state.scores, [change.competitorId]: (state.scores[change.competitorId] ?? 0) + change.points },
  };
}

/** Takes back every score a question gave, each by a line of its own (the ledger is never rewritten). */
export function reverseQuestionScores(
  state: KnowledgeState,
  questionId: string,
  eventId: string,
  at: number,
  note: string,
): KnowledgeState {
  const lines = state.ledger.filter((line) => line.questionId === questionId && line.reason !== 'question-voided');
  return lines.reduce(
    (s, line) =>
      addScore(s, {
        key: `void:${line.key}`,
        eventId,
        at,
        competitorId: line.competitorId,
        points: -line.points,
        reason: 'question-voided',
        questionId,
        note,
      }),
    state,
  );
}
