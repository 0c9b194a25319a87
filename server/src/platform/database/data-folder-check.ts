import { existsSync, readdirSync, readFileSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Below this the embedded engine is not started: PostgreSQL needs room for its WAL and a checkpoint. */
export const MIN_FREE_BYTES_TO_START = 64 * 1024 * 1024;
const PAGE = 8192;
const MANIFEST = 'kaoping-files.json';

export class DataFolderDamagedError extends Error {}
export class DiskFullError extends Error {}

/**
 * What can be seen of a damaged embedded data folder before PGlite opens it. Opening is not safe
 * to try blindly: a folder without PG_VERSION is initialised afresh over the old files (measured:
 * every table gone), and a heap file cut short opens without complaint with the rows it lost.
 */
export function checkDataFolderBeforeOpen(dataDir: string, freeBytes = freeBytesAt(dataDir)): void {
  if (freeBytes < MIN_FREE_BYTES_TO_START) {
    throw new DiskFullError(
      `数据目录所在磁盘剩余空间只有 ${megabytes(freeBytes)} MB，少于启动所需的 ${megabytes(MIN_FREE_BYTES_TO_START)} MB。` +
        `请先释放磁盘空间（例如把 ${join(dataDir, 'backups')} 里较早的备份移到别处），再启动。 ` +
        `The disk holding ${dataDir} has only ${megabytes(freeBytes)} MB free; free some space, then start again.`,
    );
  }
  const pgDir = join(dataDir, 'pgdata');
  if (!existsSync(pgDir) || readdirSync(pgDir).length === 0) return;
  const problem = findDamage(pgDir, readManifest(dataDir));
  if (problem) throw new DataFolderDamagedError(damagedMessage(dataDir, problem));
}

/** Written after a clean close: the size of every relation file, so a file cut short later is noticed. */
export function recordDataFolderManifest(dataDir: string): void {
  const pgDir = join(dataDir, 'pgdata');
  if (!existsSync(pgDir)) return;
  const files = Object.fromEntries(relationFiles(pgDir).map((file) => [relative(pgDir, file), statSync(file).size]));
  writeFileSync(join(dataDir, MANIFEST), JSON.stringify({ writtenAt: new Date().toISOString(), files }));
}

/** The message for an engine that aborted while opening the folder (PGlite throws `RuntimeError: Aborted()`). */
export function openFailedMessage(dataDir: string, error: unknown): string {
  return damagedMessage(dataDir, `数据库无法打开（${error instanceof Error ? error.message.split('.')[0] : String(error)}）`);
}

function findDamage(pgDir: string, manifest: Record<string, number>): string | null {
  if (!existsSync(join(pgDir, 'PG_VERSION'))) return '缺少 PG_VERSION 文件';
  const control = join(pgDir, 'global', 'pg_control');
  if (!existsSync(control) || statSync(control).size !== PAGE) return 'global/pg_control 缺失或长度不对';
  for (const file of relationFiles(pgDir)) {
    const size = statSync(file).size;
    const name = relative(pgDir, file);
    if (size % PAGE !== 0) return `文件 ${name} 被截断（${size} 字节，不是 ${PAGE} 的整数倍）`;
    const recorded = manifest[name];
    if (recorded !== undefined && size < recorded)
      return `文件 ${name} 比上次正常关闭时短（${size} < ${recorded} 字节；如果是您有意换上了另一份 pgdata，删除 kaoping-files.json 后再启动）`;
  }
  return null;
}

/** Table and index files (base/<db>/<node>[_fsm|_vm][.n]) and WAL segments: all whole pages. */
function relationFiles(pgDir: string): string[] {
  const files: string[] = [];
  const base = join(pgDir, 'base');
  for (const db of existsSync(base) ? readdirSync(base) : []) {
    for (const name of readdirSync(join(base, db))) if (/^\d+(_fsm|_vm|_init)?(\.\d+)?$/.test(name)) files.push(join(base, db, name));
  }
  const wal = join(pgDir, 'pg_wal');
  for (const name of existsSync(wal) ? readdirSync(wal) : []) if (/^[0-9A-F]{24}$/.test(name)) files.push(join(wal, name));
  return files;
}

function readManifest(dataDir: string): Record<string, number> {
  try {
    return (JSON.parse(readFileSync(join(dataDir, MANIFEST), 'utf8')) as { files?: Record<string, number> }).files ?? {};
  } catch {
    return {};
  }
}

function damagedMessage(dataDir: string, problem: string): string {
  const latest = latestBackup(dataDir);
  const restore = latest
    ? `用最近的备份恢复到一个新的空目录：DATA_DIR=<新目录> npm run restore -- ${latest}，再用新目录启动`
    : '用最近的备份恢复到一个新的空目录：DATA_DIR=<新目录> npm run restore -- <备份文件>，再用新目录启动';
  return (
    `数据目录 ${dataDir} 已损坏，Kaoping 没有启动，也没有改动该目录：${problem}。${restore}；` +
    `请保留损坏的目录以便排查。 The data folder ${dataDir} is damaged and was left untouched; ` +
    'restore the latest backup into a new, empty DATA_DIR (npm run restore -- FILE) and start from there.'
  );
}

function latestBackup(dataDir: string): string | null {
  const folder = join(dataDir, 'backups');
  try {
    const names = readdirSync(folder)
      .filter((name) => name.endsWith('.kpbak'))
      .sort();
    return names.length ? join(folder, names[names.length - 1]) : null;
  } catch {
    return null;
  }
}

export function freeBytesAt(dataDir: string): number {
  let folder = dataDir;
  // the folder may not exist yet: ask about the nearest one that does
  while (!existsSync(folder) && join(folder, '..') !== folder) folder = join(folder, '..');
  const stats = statfsSync(folder);
  return stats.bavail * stats.bsize;
}

function megabytes(bytes: number): number {
  return Math.floor(bytes / (1024 * 1024));
}
