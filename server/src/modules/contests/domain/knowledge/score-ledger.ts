import type { KnowledgeState, ScoreChange } from './knowledge-state';

/**
 * Adds a line to the ledger unless one with the same key is there: a resent judgement, a replayed
 * answer, a duplicated adjustment leave the score as it was. Tie-break rounds score nothing.
 */
export function addScore(state: KnowledgeState, change: ScoreChange): KnowledgeState {
  if (state.round?.tieBreak && change.reason !== 'host-adjust') return state;
  const index = state.indexOf[change.competitorId];
  if (index === undefined || alreadyScored(state.ledger, change)) return state;
  const scores = [...state.scores];
  scores[index] += change.points;
  return { ...state, ledger: [...state.ledger, change], scores };
}

/**
 * Looks for the key among the current question's lines only: they sit at the end of the ledger, maybe
 * between adjustments (whose keys hold their event id, which the history already keeps unique).
 */
function alreadyScored(ledger: ScoreChange[], change: ScoreChange): boolean {
  for (let i = ledger.length - 1; i >= 0; i--) {
    const line = ledger[i];
    if (line.key === change.key) return true;
    if (line.questionId !== undefined && line.questionId !== change.questionId) return false;
  }
  return false;
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
