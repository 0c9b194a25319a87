import type { EventHistory } from './event-history';
import type { BuzzRank, Competitor, TimerKind } from './knowledge-events';
import type { RoundSettings } from './round-settings';

/** A deadline in server time; while paused it stands still (resume moves it by the pause). */
export interface Deadline {
  kind: TimerKind;
  at: number;
}

export type ScoreReason = 'right' | 'wrong' | 'timeout' | 'foul' | 'speed' | 'streak' | 'host-adjust' | 'question-voided';

/** One line of the score ledger. `key` makes it idempotent: one answer score per question and competitor. */
export interface ScoreChange {
  key: string;
  eventId: string;
  at: number;
  competitorId: string;
  points: number;
  reason: ScoreReason;
  questionId?: string;
  note?: string;
}

/** A press the server accepted as valid (fouls are not kept here). */
export interface Press {
  playerId: string;
  competitorId: string;
  arrivedAt: number;
  stampedAt: number;
  rttMs: number;
  clockStable: boolean;
}

export type QuestionOutcome = 'answered' | 'voided' | 'audience' | 'unanswered';

export interface QuestionState {
  id: string;
  roundId: string;
  shownAt: number;
  phase: 'reading' | 'armed' | 'answering' | 'closed';
  outcome: QuestionOutcome | null;
  /** 必答, 风险, 一站到底: whose question it is; 抢答: who won the buzz (and then the next in line). */
  answeringId: string | null;
  /** 风险: the value at stake. */
  value: number | null;
  deadline: Deadline | null;
  opensAt: number | null;
  presses: Press[];
  ranking: BuzzRank[];
  /** Competitors that answered this question (抢答 next-in-line, 速答 one answer each). */
  triedIds: string[];
  /** 速答: those of them who were right (their streak goes on when the question closes). */
  rightIds: string[];
  /** Lost the right to answer this question by a foul. */
  barredIds: string[];
}

export interface WagerPhase {
  order: string[];
  picks: Record<string, number>;
  /** Picks already played (the question was shown and settled). */
  usedIds: string[];
  deadline: Deadline | null;
}

export interface Duel {
  championId: string;
  challengerId: string;
  queue: string[];
  turnId: string;
}

export interface RoundState {
  id: string;
  settings: RoundSettings;
  participantIds: string[];
  tieBreak: boolean;
  /** Fouls so far in this round, per competitor. */
  fouls: Record<string, number>;
  /** 速答: consecutive correct answers. */
  streaks: Record<string, number>;
  wager: WagerPhase | null;
  duel: Duel | null;
  /** 一站到底 and sudden death: who is out. */
  outIds: string[];
  winnerId: string | null;
}

export interface KnowledgeState {
  status: 'lobby' | 'running' | 'ended';
  competitors: Competitor[];
  /** player id → competitor id */
  memberOf: Record<string, string>;
  /** competitor id → its place in `competitors` and `scores` */
  indexOf: Record<string, number>;
  round: RoundState | null;
  playedRoundIds: string[];
  question: QuestionState | null;
  ledger: ScoreChange[];
  /** Totals in the order of `competitors` (an array: copying a record of 300 players on every score is slow); see scoreTable. */
  scores: number[];
  /** Each tie-break lost adds one; among equal scores the lower count ranks first. */
  tieBreakLosses: Record<string, number>;
  /** Accepted presses still inside a cooldown (older ones are dropped). */
  recentPresses: { playerId: string; at: number }[];
  pausedAt: number | null;
  /** Accepted events, in order (undo re-folds them); and the ids undo took back. */
  history: EventHistory;
  undoneIds: string[];
}

export const INITIAL_STATE: KnowledgeState = {
  status: 'lobby',
  competitors: [],
  memberOf: {},
  indexOf: {},
  round: null,
  playedRoundIds: [],
  question: null,
  ledger: [],
  scores: [],
  tieBreakLosses: {},
  recentPresses: [],
  pausedAt: null,
  history: [],
  undoneIds: [],
};

export function scoreOf(state: KnowledgeState, competitorId: string): number {
  const index = state.indexOf[competitorId];
  return index === undefined ? 0 : (state.scores[index] ?? 0);
}

/** Each competitor's total, by id. */
export function scoreTable(state: KnowledgeState): Record<string, number> {
  return Object.fromEntries(state.competitors.map((c, i) => [c.id, state.scores[i] ?? 0]));
}
