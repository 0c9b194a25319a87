import { attemptDeadline, personalWindow } from './attempt-window';
import { examStatus } from './exam-status';

const sitting = { opensAt: new Date('2026-12-01T00:00:00Z'), closesAt: new Date('2026-12-10T00:00:00Z'), durationMinutes: 30 };

describe('attempt window and deadline', () => {
  it('ends an attempt after its duration, or at the window close when that comes first', () => {
    expect(attemptDeadline(new Date('2026-12-05T08:00:00Z'), sitting)).toEqual(new Date('2026-12-05T08:30:00Z'));
    expect(attemptDeadline(new Date('2026-12-09T23:50:00Z'), sitting)).toEqual(new Date('2026-12-10T00:00:00Z'));
  });

  it('gives a person on field duty their own window, over their unit’s override', () => {
    const overrides = [
      { userId: null, unitId: 'team', opensAt: null, closesAt: new Date('2026-12-12T00:00:00Z'), extraMinutes: 10 },
      {
        userId: 'u1',
        unitId: null,
        opensAt: new Date('2026-12-15T00:00:00Z'),
        closesAt: new Date('2026-12-16T00:00:00Z'),
        extraMinutes: 0,
      },
    ];
    expect(personalWindow(sitting, overrides, 'u1', ['team', 'dept'])).toEqual({
      opensAt: new Date('2026-12-15T00:00:00Z'),
      closesAt: new Date('2026-12-16T00:00:00Z'),
      durationMinutes: 30,
    });
    expect(personalWindow(sitting, overrides, 'u2', ['team', 'dept'])).toEqual({
      opensAt: sitting.opensAt,
      closesAt: new Date('2026-12-12T00:00:00Z'),
      durationMinutes: 40,
    });
    expect(personalWindow(sitting, overrides, 'u3', ['other'])).toEqual(sitting);
  });
});

describe('exam status in “my exams”', () => {
  const at = (iso: string) => new Date(iso);
  it('moves from upcoming to open to missed when never started', () => {
    expect(examStatus(sitting, [], 1, at('2026-11-30T00:00:00Z'))).toBe('upcoming');
    expect(examStatus(sitting, [], 1, at('2026-12-02T00:00:00Z'))).toBe('open');
    expect(examStatus(sitting, [], 1, at('2026-12-11T00:00:00Z'))).toBe('missed');
  });

  it('shows in progress, then being scored, then waiting for grading, then graded', () => {
    expect(examStatus(sitting, [{ status: 'in_progress' }], 1, at('2026-12-02T00:00:00Z'))).toBe('in_progress');
    expect(examStatus(sitting, [{ status: 'scoring' }], 1, at('2026-12-02T00:00:00Z'))).toBe('scoring');
    expect(examStatus(sitting, [{ status: 'submitted' }], 1, at('2026-12-02T00:00:00Z'))).toBe('submitted');
    expect(examStatus(sitting, [{ status: 'graded' }], 1, at('2026-12-02T00:00:00Z'))).toBe('graded');
  });

  it('stays open after a graded attempt while attempts remain, but not while the last one is being scored', () => {
    expect(examStatus(sitting, [{ status: 'graded' }], 2, at('2026-12-02T00:00:00Z'))).toBe('open');
    expect(examStatus(sitting, [{ status: 'scoring' }], 2, at('2026-12-02T00:00:00Z'))).toBe('scoring');
  });
});
