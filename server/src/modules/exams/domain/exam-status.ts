import type { PersonalWindow } from './attempt-window';

export type ExamStatus = 'upcoming' | 'open' | 'in_progress' | 'scoring' | 'submitted' | 'graded' | 'missed';

export interface AttemptSummary {
  status: 'in_progress' | 'scoring' | 'submitted' | 'graded';
}

/**
 * A candidate's status for one sitting. `scoring`: submitted, the score moments away; `submitted`:
 * waiting for hand grading (essays); `open` also covers a graded attempt when more attempts are
 * allowed and the window is open.
 */
export function examStatus(window: PersonalWindow, attempts: AttemptSummary[], attemptsAllowed: number, now: Date): ExamStatus {
  if (attempts.some((a) => a.status === 'in_progress')) return 'in_progress';
  if (attempts.some((a) => a.status === 'scoring')) return 'scoring';
  const isOpen = now >= window.opensAt && now < window.closesAt;
  if (isOpen && attempts.length < attemptsAllowed) return 'open';
  if (attempts.length === 0) return now < window.opensAt ? 'upcoming' : 'missed';
  return attempts.some((a) => a.status === 'submitted') ? 'submitted' : 'graded';
}
