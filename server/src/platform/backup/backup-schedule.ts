/**
 * When the embedded engine backs itself up and which backups it keeps. The department's clock is
 * China Standard Time (UTC+8, no daylight saving), whatever the server's time zone.
 */
const CST_OFFSET_MS = 8 * 3600_000;

export const BACKUP_FILE_PATTERN = /^kaoping-\d{8}-\d{6}\.kpbak$/;

/** "03:00" → minutes after midnight; null for anything else. */
export function parseBackupTime(text: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The next moment after `now` at which the clock in China reads `minutes` after midnight. */
export function nextRunAfter(now: Date, minutes: number): Date {
  const local = new Date(now.getTime() + CST_OFFSET_MS);
  const todayRun = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) + minutes * 60_000 - CST_OFFSET_MS;
  return new Date(todayRun > now.getTime() ? todayRun : todayRun + 24 * 3600_000);
}

/** The most recent scheduled moment at or before `now`. */
export function lastRunBefore(now: Date, minutes: number): Date {
  return new Date(nextRunAfter(now, minutes).getTime() - 24 * 3600_000);
}

/** kaoping-YYYYMMDD-HHmmss.kpbak, in China's time, so names sort by age. */
export function backupFileName(at: Date): string {
  const l = new Date(at.getTime() + CST_OFFSET_MS).toISOString();
  return `kaoping-${l.slice(0, 10).replace(/-/g, '')}-${l.slice(11, 19).replace(/:/g, '')}.kpbak`;
}

/** The backups to delete so that the newest `keep` remain (names sort by age). */
export function backupsToPrune(names: string[], keep: number): string[] {
  const ours = names.filter((n) => BACKUP_FILE_PATTERN.test(n)).sort();
  return ours.slice(0, Math.max(0, ours.length - keep));
}
