import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createGunzip, createGzip, gunzip, gzip } from 'node:zlib';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { knownMigrationNames, runMigrations } from '../database/run-migrations';
import { BACKUP_FORMAT, BackupHeader, backupPreamble, verifyBackupFile } from './backup-file';
import { advanceOutboxClock, appliedMigrations, dumpDatabase, loadDatabase, publicTables, RestoreError } from './logical-dump';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export const APP_VERSION = (JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { version: string }).version;

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * One consistent backup of the database at `url` into `outFile` (written beside it first, then
 * renamed, so a backup that fails halfway never leaves a file that looks whole).
 */
export async function writeBackup(url: string, engine: BackupHeader['engine'], outFile: string): Promise<BackupHeader> {
  const partial = `${outFile}.partial-${process.pid}`;
  try {
    const hash = createHash('sha256');
    let payloadBytes = 0;
    const gzip = createGzip({ level: 6 });
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        payloadBytes += chunk.length;
        done(null, chunk);
      },
    });
    const written = pipeline(gzip, measure, createWriteStream(partial));
    const dump = await withClient(url, (client) =>
      dumpDatabase(client, async (line) => {
        if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
      }),
    );
    gzip.end();
    await written;
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      appVersion: APP_VERSION,
      migrations: dump.migrations,
      engine,
      createdAt: new Date().toISOString(),
      tables: dump.tables,
      payloadBytes,
      payloadSha256: hash.digest('hex'),
    };
    const assembled = `${outFile}.assembling-${process.pid}`;
    const out = createWriteStream(assembled);
    out.write(backupPreamble(header));
    await pipeline(createReadStream(partial), out);
    renameSync(assembled, outFile);
    return header;
  } finally {
    rmSync(partial, { force: true });
    rmSync(`${outFile}.assembling-${process.pid}`, { force: true });
  }
}

/** The payload's lines, read only once the loader asks for the first (readline drops lines nobody waits for). */
async function* payloadLines(file: string, payloadOffset: number): AsyncGenerator<string> {
  const payload = createReadStream(file, { start: payloadOffset }).pipe(createGunzip());
  yield* createInterface({ input: payload, crlfDelay: Infinity });
}

/**
 * A backup of the running embedded engine: its data folder as PGlite dumps it (gzip payload), which
 * holds PGlite's one session for a moment instead of for a whole read of every table.
 */
export async function writeSnapshotBackup(url: string, snapshot: () => Promise<Blob>, outFile: string): Promise<BackupHeader> {
  const migrations = await withClient(url, appliedMigrations);
  // compressed outside PGlite's lock, on libuv's threads: the engine is held only while it copies its files
  const payload = await gzipAsync(Buffer.from(await (await snapshot()).arrayBuffer()));
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    appVersion: APP_VERSION,
    migrations,
    engine: 'embedded',
    payload: 'pgdata',
    createdAt: new Date().toISOString(),
    tables: {},
    payloadBytes: payload.length,
    payloadSha256: createHash('sha256').update(payload).digest('hex'),
  };
  const assembled = `${outFile}.assembling-${process.pid}`;
  try {
    writeFileSync(assembled, Buffer.concat([backupPreamble(header), payload]));
    renameSync(assembled, outFile);
  } finally {
    rmSync(assembled, { force: true });
  }
  return header;
}

/** A pgdata backup turned into a rows backup, through an embedded engine in memory. */
async function rowsFromSnapshot(file: string, payloadOffset: number, rowsFile: string): Promise<void> {
  const tarball = await gunzipAsync(readFileSync(file).subarray(payloadOffset));
  const db = await startEmbeddedPostgres({ loadDataDir: new Blob([tarball]) });
  try {
    await writeBackup(db.url, 'embedded', rowsFile);
  } finally {
    await db.close();
  }
}

export interface RestoreOutcome {
  header: BackupHeader;
  rows: Record<string, number>;
  /** Migrations run after the rows were loaded: those this version has and the backup's lacked. */
  upgradedBy: string[];
}

/** True when the database holds a schema or rows already (a restore then needs --force). */
export async function databaseHasContent(url: string): Promise<boolean> {
  return withClient(url, async (client) => (await appliedMigrations(client)).length > 0 || (await publicTables(client)).length > 0);
}

/**
 * Restores a backup into an empty database (or, with `force`, over one after wiping its schema):
 * the file is checked first and nothing is touched when it fails; then the schema the backup was
 * made with is built by the same migrations, the rows are loaded in one transaction, and the
 * migrations this version adds run last.
 */
export async function restoreBackup(url: string, file: string, options: { force?: boolean } = {}): Promise<RestoreOutcome> {
  const verified = await verifyBackupFile(file);
  if (verified.header.payload === 'pgdata') {
    const work = mkdtempSync(join(tmpdir(), 'kaoping-restore-'));
    try {
      await rowsFromSnapshot(file, verified.payloadOffset, join(work, 'rows.backup'));
      const outcome = await restoreBackup(url, join(work, 'rows.backup'), options);
      return { ...outcome, header: { ...verified.header, tables: outcome.header.tables } };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const { header, payloadOffset } = verified;
  const known = knownMigrationNames();
  const unknown = header.migrations.filter((m) => !known.includes(m));
  if (unknown.length) {
    throw new RestoreError(
      `the backup was made by a newer Kaoping (${header.appVersion}; schema ${unknown.at(-1)}): upgrade this installation first, then restore`,
    );
  }
  if (await databaseHasContent(url)) {
    if (!options.force)
      throw new RestoreError(
        'the target database is not empty: restore into an empty database or data folder, or pass --force to replace what it holds',
      );
    await withClient(url, (client) => client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public'));
  }
  await runMigrations(url, header.migrations);
  const rows = await withClient(url, (client) => loadDatabase(client, payloadLines(file, payloadOffset), header.tables));
  const upgradedBy = await runMigrations(url);
  // again: a backup from before the outbox clock existed gets it from the upgrade, at zero
  if (upgradedBy.length) await withClient(url, advanceOutboxClock);
  return { header, rows, upgradedBy };
}
