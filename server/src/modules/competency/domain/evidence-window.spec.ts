import { windowsCovering, windowStart, windowsTouchedBy } from './evidence-window';

describe('windows of months', () => {
  it('end at a month and reach back three months in all, across a year end', () => {
    expect(windowStart('2027-01-01')).toBe('2026-11-01');
    expect(windowsCovering('2026-11-01')).toEqual(['2026-11-01', '2026-12-01', '2027-01-01']);
  });

  it('are each summed again once when evidence changes in neighbouring months', () => {
    const windows = windowsTouchedBy([
      { userId: 'u', month: '2026-10-01' },
      { userId: 'u', month: '2026-11-01' },
      { userId: 'u', month: '2026-11-01' },
    ]);
    expect(windows.map((w) => w.month)).toEqual(['2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01']);
    expect(windows[3]).toEqual({ userId: 'u', month: '2027-01-01', first: '2026-11-01' });
  });
});
