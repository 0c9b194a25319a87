import type { GradeState } from './grading/grade-result';

/** Leitner boxes: a question answered right moves up a box and comes back later; wrong goes back to box 1. */
export const BOX_INTERVAL_DAYS = [0, 1, 2, 4, 8, 16] as const;
export const MAX_BOX = BOX_INTERVAL_DAYS.length - 1;
const RETRY_WRONG_MINUTES = 10;

export interface Card {
  box: number;
  dueAt: Date;
}

export function nextCard(card: Card | null, state: GradeState, now: Date): Card & { mastered: boolean } {
  if (state === 'correct') {
    const box = Math.min((card?.box ?? 1) + 1, MAX_BOX);
    return { box, dueAt: new Date(now.getTime() + BOX_INTERVAL_DAYS[box] * 86_400_000), mastered: box === MAX_BOX };
  }
  return { box: 1, dueAt: new Date(now.getTime() + RETRY_WRONG_MINUTES * 60_000), mastered: false };
}
