import { isLate, type CheckInSettings } from './check-in-window';
import type { AttendanceStatus, CorrectedStatus } from './training-form';

export interface AttendanceFacts {
  checkedInAt: Date | null;
  /** A trainer's correction (with its reason, audited) wins over everything derived. */
  statusOverride: CorrectedStatus | null;
  leaveApproved: boolean;
}

/**
 * A person's status in a session, derived when read: nothing has to run at the close for the
 * absent to appear. A check-in counts over an approved leave (they came after all).
 */
export function attendanceStatus(session: CheckInSettings, facts: AttendanceFacts, now: Date): AttendanceStatus {
  if (facts.statusOverride) return facts.statusOverride;
  if (facts.checkedInAt) return isLate(session, facts.checkedInAt) ? 'late' : 'present';
  if (facts.leaveApproved) return 'excused';
  return now >= session.endsAt ? 'absent' : 'pending';
}
