/** When a session takes check-ins: from `opensEarlyMinutes` before the start until the end. */
export interface CheckInSettings {
  startsAt: Date;
  endsAt: Date;
  opensEarlyMinutes: number;
  /** A check-in after start + this is late. */
  lateAfterMinutes: number;
}

export const DEFAULT_OPENS_EARLY_MINUTES = 15;
export const DEFAULT_LATE_AFTER_MINUTES = 10;

export type CheckInPhase = 'notYet' | 'open' | 'closed';

const MINUTE = 60_000;

export function checkInOpensAt(s: CheckInSettings): Date {
  return new Date(s.startsAt.getTime() - s.opensEarlyMinutes * MINUTE);
}

export function checkInPhase(s: CheckInSettings, now: Date): CheckInPhase {
  if (now < checkInOpensAt(s)) return 'notYet';
  if (now >= s.endsAt) return 'closed';
  return 'open';
}

export function isLate(s: CheckInSettings, checkedInAt: Date): boolean {
  return checkedInAt.getTime() > s.startsAt.getTime() + s.lateAfterMinutes * MINUTE;
}
