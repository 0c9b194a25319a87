import { UNDOABLE, type EventOf, type KnowledgeEvent } from './knowledge-events';
import { appendEvent, eventsOf, findLastEvent, hasEvent } from './event-history';
import { INITIAL_STATE, type KnowledgeState } from './knowledge-state';
import { armBuzzer, noBuzz, press, resolveBuzz } from './buzzer-flow';
import { nextExpiry } from './countdown';
import { adjustScore, pause, resume } from './host-flow';
import { settleAnswer, showQuestion, voidQuestion } from './question-flow';
import { endContest, endRound, pickTimedOut, pickWager, startContest, startRound, startWagerPhase } from './round-flow';
import { closeSpeedQuestion, speedAnswer } from './speed-flow';

/**
 * The contest's rules as a fold over its event log: the server rebuilds exactly the same state (scores,
 * the question in progress, its deadline) from the log after a restart. An event that does not fit the
 * state (stale, out of turn) or whose id was seen before changes nothing and is not kept in the history.
 */
export function reduce(state: KnowledgeState, event: KnowledgeEvent): KnowledgeState {
  if (!SELF_DEDUPLICATING.has(event.type) && hasEvent(state.history, event.id)) return state;
  return step(state, event);
}

/**
 * The many events from phones need no search of the history: a second press by a player, or a second
 * answer from a competitor, to the same question is refused by the rules themselves. Host events are
 * few, and one of them resent (a pause after the resume, a judgement after its undo) would do harm.
 */
const SELF_DEDUPLICATING: ReadonlySet<KnowledgeEvent['type']> = new Set(['buzz-pressed', 'answer-submitted']);

/** The log's own replay: ids seen once in a set rather than searched for in the history. */
export function replay(events: readonly KnowledgeEvent[]): KnowledgeState {
  const seen = new Set<string>();
  let state = INITIAL_STATE;
  for (const event of events) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    state = step(state, event);
  }
  return state;
}

function step(state: KnowledgeState, event: KnowledgeEvent): KnowledgeState {
  if (event.type === 'action-undone') return undo(state, event);
  const next = apply(state, event);
  return next === state ? state : { ...next, history: appendEvent(state.history, event) };
}

/** The host action "undo" would take back now, if any. */
export function lastUndoable(state: KnowledgeState): KnowledgeEvent | null {
  return findLastEvent(state.history, (e) => UNDOABLE.has(e.type) && !state.undoneIds.includes(e.id));
}

/**
 * Undo names its target, so a resent undo takes back nothing more. The state is folded again from the
 * history without the target: whatever followed from it (a score, the next in line, a duel's turn) goes with it.
 */
function undo(state: KnowledgeState, e: EventOf<'action-undone'>): KnowledgeState {
  if (lastUndoable(state)?.id !== e.targetId) return state;
  const undoneIds = [...state.undoneIds, e.targetId];
  const history = appendEvent(state.history, e);
  const skipped = new Set(undoneIds);
  const folded = eventsOf(history).reduce((s, h) => (h.type === 'action-undone' || skipped.has(h.id) ? s : apply(s, h)), INITIAL_STATE);
  return { ...folded, history, undoneIds };
}

function apply(state: KnowledgeState, e: KnowledgeEvent): KnowledgeState {
  switch (e.type) {
    case 'contest-started':
      return startContest(state, e);
    case 'round-started':
    case 'tie-break-started':
      return startRound(state, e);
    case 'wager-phase-started':
      return startWagerPhase(state, e);
    case 'wager-picked':
      return pickWager(state, e.competitorId, e.value, e.at);
    case 'question-shown':
      return showQuestion(state, e);
    case 'buzzer-armed':
      return armBuzzer(state, e);
    case 'buzz-pressed':
      return press(state, e);
    case 'buzz-resolved':
      return resolveBuzz(state, e);
    case 'answer-submitted':
      return submitted(state, e);
    case 'answer-judged':
      return state.question?.id === e.questionId ? settleAnswer(state, e.competitorId, e.verdict, e.id, e.at) : state;
    case 'timer-expired':
      return expired(state, e);
    case 'score-adjusted':
      return adjustScore(state, e);
    case 'question-voided':
      return voidQuestion(state, e);
    case 'paused':
      return pause(state, e.at);
    case 'resumed':
      return resume(state, e.at);
    case 'round-ended':
      return endRound(state, e);
    case 'contest-ended':
      return endContest(state);
    case 'action-undone':
      return state;
  }
}

/** A graded answer on a phone: 速答 scores it; in the other rounds it settles the answering competitor's turn. */
function submitted(state: KnowledgeState, e: EventOf<'answer-submitted'>): KnowledgeState {
  if (state.pausedAt !== null || state.question?.id !== e.questionId) return state;
  if (state.round?.settings.kind === 'speed') return speedAnswer(state, e);
  const competitorId = state.memberOf[e.playerId];
  return competitorId ? settleAnswer(state, competitorId, e.correct ? 'right' : 'wrong', e.id, e.at) : state;
}

/** Only the deadline now running, once it has passed and not while paused, expires. */
function expired(state: KnowledgeState, e: EventOf<'timer-expired'>): KnowledgeState {
  const due = nextExpiry(state);
  if (!due || due.kind !== e.timer || e.at < due.at) return state;
  if (e.questionId !== undefined && e.questionId !== state.question?.id) return state;
  switch (e.timer) {
    case 'answer':
      return state.question?.answeringId ? settleAnswer(state, state.question.answeringId, 'timeout', e.id, e.at) : state;
    case 'no-buzz':
      return noBuzz(state);
    case 'responses':
      return closeSpeedQuestion(state);
    case 'pick':
      return pickTimedOut(state, e.at);
  }
}
