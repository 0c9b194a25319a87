import type { PersonalWindow } from './attempt-window';

export type ExamStatus = 'upcoming' | 'open' | 'in_progress' | 'submitted' | 'graded' | 'missed';

export interface AttemptSummary {
  status: 'in_progress' | 'submitted' | 'graded';
}

/**
 * A candidate's status for one sitting. `submitted` means waiting for hand grading (essays);
 * `open` also covers a graded attempt when more attempts are allowed and the window is open.
 */
export function examStatus(window: PersonalWindow, attempts: AttemptSummary[], attemptsAllowed: number, now: Date): ExamStatus {
  if (attempts.some((a) => a.status === 'in_progress')) return 'in_progress';
  const isOpen = now >= window.opensAt && now < window.closesAt;
  if (isOpen && attempts.length < attemptsAllowed) return 'open';
  if (attempts.length === 0) return now < window.opensAt ? 'upcoming' : 'missed';
  return attempts.some((a) => a.status === 'submitted') ? 'submitted' : 'graded';
}
