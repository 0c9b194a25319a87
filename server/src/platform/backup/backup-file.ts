import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';

/**
 * A backup is one file: a magic line, one line of JSON header, then the gzip payload (the rows,
 * see logical-dump.ts). The header names what made it and carries the payload's size and SHA-256,
 * so a truncated or altered file is refused before anything is written anywhere.
 */
export const BACKUP_MAGIC = 'KAOPING-BACKUP';
export const BACKUP_FORMAT = 1;

export interface BackupHeader {
  format: number;
  appVersion: string;
  /** The schema migrations applied to the database the backup was made from, oldest first. */
  migrations: string[];
  engine: 'embedded' | 'postgres';
  /**
   * rows: the rows of every table as text (logical-dump.ts), for either engine; pgdata: the
   * embedded engine's data folder as a gzip tarball, taken by the running app in a moment.
   */
  payload?: 'rows' | 'pgdata';
  createdAt: string;
  /** Rows per table (a pgdata backup counts them when it is restored). */
  tables: Record<string, number>;
  payloadBytes: number;
  payloadSha256: string;
}

export class BackupFileError extends Error {}

/** What comes before the payload: the magic line and the header line. */
export function backupPreamble(header: BackupHeader): Buffer {
  return Buffer.from(`${BACKUP_MAGIC}\n${JSON.stringify(header)}\n`, 'utf8');
}

/** Reads and checks the header; the payload starts at `payloadOffset`. */
export function readBackupHeader(file: string): { header: BackupHeader; payloadOffset: number } {
  const fd = openSync(file, 'r');
  let head: Buffer;
  try {
    head = Buffer.alloc(Math.min(1 << 20, statSync(file).size));
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const first = head.indexOf(10);
  if (first < 0 || head.subarray(0, first).toString('utf8') !== BACKUP_MAGIC) {
    throw new BackupFileError(`${file} is not a Kaoping backup (it does not start with ${BACKUP_MAGIC})`);
  }
  const second = head.indexOf(10, first + 1);
  if (second < 0) throw new BackupFileError(`${file} is truncated: its header is incomplete`);
  const header = parseHeader(head.subarray(first + 1, second).toString('utf8'), file);
  return { header, payloadOffset: second + 1 };
}

function parseHeader(text: string, file: string): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupFileError(`${file} has a damaged header`);
  }
  const h = value as Partial<BackupHeader>;
  if (typeof h.format !== 'number') throw new BackupFileError(`${file} has a damaged header (no format version)`);
  if (h.format > BACKUP_FORMAT) {
    throw new BackupFileError(
      `${file} is in backup format ${h.format}, newer than this Kaoping reads (${BACKUP_FORMAT}): restore it with the version that made it (${h.appVersion ?? 'unknown'}) or newer`,
    );
  }
  if (
    !Array.isArray(h.migrations) ||
    typeof h.payloadBytes !== 'number' ||
    typeof h.payloadSha256 !== 'string' ||
    typeof h.tables !== 'object' ||
    !h.tables
  ) {
    throw new BackupFileError(`${file} has a damaged header`);
  }
  return h as BackupHeader;
}

/** Checks the payload's size and checksum against the header, reading the whole file once. */
export async function verifyBackupFile(file: string): Promise<{ header: BackupHeader; payloadOffset: number }> {
  const { header, payloadOffset } = readBackupHeader(file);
  const actual = statSync(file).size - payloadOffset;
  if (actual !== header.payloadBytes) {
    throw new BackupFileError(
      `${file} is ${actual < header.payloadBytes ? 'truncated' : 'longer than its header says'}: ${actual} bytes of data where the header promises ${header.payloadBytes}; nothing was restored`,
    );
  }
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { start: payloadOffset })) hash.update(chunk as Buffer);
  if (hash.digest('hex') !== header.payloadSha256) {
    throw new BackupFileError(`${file} fails its checksum (it was altered or damaged after it was made); nothing was restored`);
  }
  return { header, payloadOffset };
}
