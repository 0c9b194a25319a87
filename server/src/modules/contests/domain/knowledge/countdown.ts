import type { Deadline, KnowledgeState } from './knowledge-state';

/** The deadline that runs now (a question's, else the wager pick's); none while paused is still returned, frozen. */
export function currentDeadline(state: KnowledgeState): Deadline | null {
  if (state.question && state.question.phase !== 'closed' && state.question.deadline) return state.question.deadline;
  return state.round?.wager?.deadline ?? null;
}

/** Time left in ms: deadline − now, with paused time left out (while paused, the time left at the pause). */
export function remainingMs(state: KnowledgeState, now: number): number | null {
  const deadline = currentDeadline(state);
  if (!deadline) return null;
  return Math.max(0, deadline.at - (state.pausedAt ?? now));
}

/** When the server should emit `timer-expired` (null while paused or with nothing running). */
export function nextExpiry(state: KnowledgeState): Deadline | null {
  return state.pausedAt === null ? currentDeadline(state) : null;
}

export function shiftDeadline(deadline: Deadline | null, byMs: number): Deadline | null {
  return deadline && { ...deadline, at: deadline.at + byMs };
}
