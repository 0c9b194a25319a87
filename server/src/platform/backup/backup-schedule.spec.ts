import { backupFileName, backupsToPrune, lastRunBefore, nextRunAfter, parseBackupTime } from './backup-schedule';

describe('the daily backup schedule (China Standard Time)', () => {
  const at3 = parseBackupTime('03:00')!;

  it('reads HH:MM and refuses anything else', () => {
    expect(parseBackupTime('03:00')).toBe(180);
    expect(parseBackupTime('23:59')).toBe(1439);
    expect(parseBackupTime('24:00')).toBeNull();
    expect(parseBackupTime('3:00')).toBeNull();
    expect(parseBackupTime('off')).toBeNull();
  });

  it('runs at 03:00 in China, which is 19:00 UTC the day before', () => {
    expect(nextRunAfter(new Date('2026-12-07T08:00:00Z'), at3).toISOString()).toBe('2026-12-07T19:00:00.000Z');
    // 18:59 UTC is 02:59 in China: today's run is a minute away
    expect(nextRunAfter(new Date('2026-12-07T18:59:00Z'), at3).toISOString()).toBe('2026-12-07T19:00:00.000Z');
    // exactly at the time, the next run is tomorrow's
    expect(nextRunAfter(new Date('2026-12-07T19:00:00Z'), at3).toISOString()).toBe('2026-12-08T19:00:00.000Z');
    expect(lastRunBefore(new Date('2026-12-07T08:00:00Z'), at3).toISOString()).toBe('2026-12-06T19:00:00.000Z');
  });

  it('crosses the year in China’s calendar, not the server’s', () => {
    expect(nextRunAfter(new Date('2026-12-31T20:00:00Z'), at3).toISOString()).toBe('2027-01-01T19:00:00.000Z');
    expect(backupFileName(new Date('2026-12-31T19:00:05Z'))).toBe('kaoping-20270101-030005.kpbak');
  });

  it('keeps the newest backups and never touches other files', () => {
    const names = [
      'kaoping-20261201-030000.kpbak',
      'kaoping-20261203-030000.kpbak',
      'kaoping-20261202-030000.kpbak',
      'notes.txt',
      'kaoping-20261204-030000.kpbak.partial-12',
    ];
    expect(backupsToPrune(names, 2)).toEqual(['kaoping-20261201-030000.kpbak']);
    expect(backupsToPrune(names, 14)).toEqual([]);
  });
});
