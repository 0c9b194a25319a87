import { attendanceStatus } from './attendance-status';
import { checkInPhase, isLate, type CheckInSettings } from './check-in-window';

const session: CheckInSettings = {
  startsAt: new Date('2026-11-10T01:00:00Z'),
  endsAt: new Date('2026-11-10T02:30:00Z'),
  opensEarlyMinutes: 15,
  lateAfterMinutes: 10,
};
const at = (iso: string) => new Date(iso);
const none = { checkedInAt: null, statusOverride: null, leaveApproved: false };

describe('the check-in window', () => {
  it('opens 15 minutes before the start and closes at the end', () => {
    expect(checkInPhase(session, at('2026-11-10T00:44:59Z'))).toBe('notYet');
    expect(checkInPhase(session, at('2026-11-10T00:45:00Z'))).toBe('open');
    expect(checkInPhase(session, at('2026-11-10T02:29:59Z'))).toBe('open');
    expect(checkInPhase(session, at('2026-11-10T02:30:00Z'))).toBe('closed');
  });

  it('counts a check-in as late only after start plus ten minutes', () => {
    expect(isLate(session, at('2026-11-10T01:10:00Z'))).toBe(false);
    expect(isLate(session, at('2026-11-10T01:10:01Z'))).toBe(true);
  });
});

describe('attendance status, derived when read', () => {
  const during = at('2026-11-10T01:30:00Z');
  const after = at('2026-11-10T03:00:00Z');

  it('is pending while the session runs and absent once it is over, with nothing run at the close', () => {
    expect(attendanceStatus(session, none, during)).toBe('pending');
    expect(attendanceStatus(session, none, after)).toBe('absent');
  });

  it('is present for an early or on-time check-in, late after the margin', () => {
    expect(attendanceStatus(session, { ...none, checkedInAt: at('2026-11-10T00:50:00Z') }, after)).toBe('present');
    expect(attendanceStatus(session, { ...none, checkedInAt: at('2026-11-10T01:20:00Z') }, after)).toBe('late');
  });

  it('is excused by an approved leave, unless the person came after all', () => {
    expect(attendanceStatus(session, { ...none, leaveApproved: true }, after)).toBe('excused');
    expect(attendanceStatus(session, { ...none, leaveApproved: true, checkedInAt: at('2026-11-10T01:00:00Z') }, after)).toBe('present');
  });

  it('takes a trainer’s correction over everything derived', () => {
    expect(attendanceStatus(session, { ...none, checkedInAt: at('2026-11-10T01:20:00Z'), statusOverride: 'present' }, after)).toBe(
      'present',
    );
    expect(attendanceStatus(session, { ...none, statusOverride: 'excused' }, during)).toBe('excused');
  });
});
