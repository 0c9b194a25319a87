import { addMonths, monthLabel, monthOf, monthRange, parseMonth } from './month';

describe('months in China Standard Time', () => {
  it('puts an exam taken at 00:30 Beijing time on the 1st into the new month', () => {
    expect(monthOf(new Date('2026-10-31T16:30:00Z'))).toBe('2026-11-01');
    expect(monthOf(new Date('2026-10-31T15:59:59Z'))).toBe('2026-10-01');
  });

  it('reads the ways a spreadsheet writes a month and refuses what is not one', () => {
    expect(parseMonth('2026-11')).toBe('2026-11-01');
    expect(parseMonth('2026-11-01')).toBe('2026-11-01');
    expect(parseMonth('2026/3')).toBe('2026-03-01');
    expect(parseMonth('2026年9月')).toBe('2026-09-01');
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth('2026-11-15')).toBeNull();
    expect(parseMonth('九月')).toBeNull();
  });

  it('steps across year ends both ways', () => {
    expect(addMonths('2026-11-01', 3)).toBe('2027-02-01');
    expect(addMonths('2026-01-01', -1)).toBe('2025-12-01');
    expect(addMonths('2026-12-01', -12)).toBe('2025-12-01');
    expect(monthRange('2026-11-01', '2027-01-01')).toEqual(['2026-11-01', '2026-12-01', '2027-01-01']);
    expect(monthLabel('2026-11-01')).toBe('2026-11');
  });
});
