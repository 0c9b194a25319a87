import { cadenceOf, monthBounds, type CalendarEvent } from './cadence';

const training = (iso: string): CalendarEvent => ({ kind: 'training', startsAt: new Date(iso) });
const exam = (iso: string): CalendarEvent => ({ kind: 'exam', startsAt: new Date(iso) });
const NOV = '2026-11-01';

describe('the month’s cadence (1–2 trainings with exams, counted in Beijing time)', () => {
  it('marks a month with nothing planned as missing', () => {
    expect(cadenceOf([], NOV)).toEqual({ trainings: 0, exams: 0, ok: false, problem: 'missing' });
  });

  it('marks a month with a training but no exam as missing', () => {
    expect(cadenceOf([training('2026-11-10T01:00:00Z')], NOV)).toEqual({ trainings: 1, exams: 0, ok: false, problem: 'missing' });
  });

  it('accepts one training with one exam', () => {
    expect(cadenceOf([training('2026-11-10T01:00:00Z'), exam('2026-11-12T01:00:00Z')], NOV)).toEqual({
      trainings: 1,
      exams: 1,
      ok: true,
      problem: null,
    });
  });

  it('accepts two trainings with two exams', () => {
    const events = [
      training('2026-11-03T01:00:00Z'),
      exam('2026-11-04T01:00:00Z'),
      training('2026-11-17T01:00:00Z'),
      exam('2026-11-18T01:00:00Z'),
    ];
    expect(cadenceOf(events, NOV).ok).toBe(true);
  });

  it('marks a third training in the month as too many', () => {
    const events = [
      training('2026-11-03T01:00:00Z'),
      training('2026-11-10T01:00:00Z'),
      training('2026-11-17T01:00:00Z'),
      exam('2026-11-18T01:00:00Z'),
    ];
    expect(cadenceOf(events, NOV)).toEqual({ trainings: 3, exams: 1, ok: false, problem: 'tooMany' });
  });

  it('counts a session at 23:30 on 30 November in Beijing in November, and one at 00:00 on 1 December in December', () => {
    const lastEvening = training('2026-11-30T15:30:00Z'); // 23:30 in Beijing
    const midnight = exam('2026-11-30T16:00:00Z'); // 00:00 on 1 December in Beijing
    expect(cadenceOf([lastEvening, midnight], NOV)).toMatchObject({ trainings: 1, exams: 0 });
    expect(cadenceOf([lastEvening, midnight], '2026-12-01')).toMatchObject({ trainings: 0, exams: 1 });
  });

  it('counts the early morning of 1 November in Beijing (still 31 October in UTC) in November', () => {
    expect(cadenceOf([exam('2026-10-31T16:30:00Z'), training('2026-11-02T01:00:00Z')], NOV).ok).toBe(true);
  });

  it('gives the month’s bounds at Beijing midnight', () => {
    expect(monthBounds(NOV)).toEqual({ from: new Date('2026-10-31T16:00:00Z'), to: new Date('2026-11-30T16:00:00Z') });
    expect(monthBounds('2026-12-01').to).toEqual(new Date('2026-12-31T16:00:00Z'));
  });
});
