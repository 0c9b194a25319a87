import type { BuzzerRound, RoundSettings } from './round-settings';

/** A team (or one person, in an individual contest) that scores; `members` are the players who may press for it. */
export interface Competitor {
  id: string;
  name: string;
  members: string[];
  /** The member who answers for the team in rounds that say so. */
  captainId?: string;
}

/** One line of a resolved buzz: who pressed, when (server time), on what basis, and how far behind the first. */
export interface BuzzRank {
  playerId: string;
  competitorId: string;
  pressedAt: number;
  /** 'stamp': the phone's own stamp in server time; 'arrival': arrival − RTT/2, for a phone with an unstable clock. */
  basis: 'stamp' | 'arrival';
  gapMs: number;
}

export type TimerKind = 'answer' | 'no-buzz' | 'responses' | 'pick';

/**
 * Every event carries an id (the log's idempotency key) and `at`, the server time it was accepted.
 * Events are applied at most once in effect: a resent event finds its work already done (one score per
 * question and competitor, a press per player and question, an adjustment per id) and changes nothing.
 */
interface Stamped {
  id: string;
  at: number;
}

export type KnowledgeEvent = Stamped &
  (
    | { type: 'contest-started'; competitors: Competitor[] }
    | { type: 'round-started'; roundId: string; settings: RoundSettings; competitorIds?: string[] }
    | { type: 'tie-break-started'; roundId: string; settings: BuzzerRound; competitorIds: string[] }
    | { type: 'wager-phase-started' }
    | { type: 'wager-picked'; competitorId: string; value: number }
    | { type: 'question-shown'; questionId: string; forCompetitorId?: string }
    | { type: 'buzzer-armed'; questionId: string; opensAt: number }
    /** `at` is the arrival; `stampedAt` the phone's press time converted to server time. */
    | { type: 'buzz-pressed'; questionId: string; playerId: string; stampedAt: number; rttMs: number; clockStable: boolean }
    | { type: 'buzz-resolved'; questionId: string; ranking: BuzzRank[] }
    /** `correct` as graded by the exam graders (速答, or a typed answer); without it the host judges. */
    | { type: 'answer-submitted'; questionId: string; playerId: string; correct: boolean }
    | { type: 'answer-judged'; questionId: string; competitorId: string; verdict: 'right' | 'wrong' }
    | { type: 'timer-expired'; questionId?: string; timer: TimerKind }
    | { type: 'score-adjusted'; competitorId: string; points: number; reason: string }
    | { type: 'action-undone'; targetId: string }
    | { type: 'paused' }
    | { type: 'resumed' }
    | { type: 'question-voided'; questionId: string; reason: string }
    | { type: 'round-ended'; roundId: string }
    | { type: 'contest-ended' }
  );

export type KnowledgeEventType = KnowledgeEvent['type'];
export type EventOf<T extends KnowledgeEventType> = Extract<KnowledgeEvent, { type: T }>;

/** Host actions that "undo" can take back, the latest first. */
export const UNDOABLE: ReadonlySet<KnowledgeEventType> = new Set(['answer-judged', 'score-adjusted', 'question-voided', 'wager-picked']);
