import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Client } from 'pg';
import { checkDataFolderBeforeOpen, DataFolderDamagedError, DiskFullError } from './data-folder-check';
import { startEmbeddedPostgres } from './embedded-postgres';

// Engine-independent: these open embedded folders of their own, so they run once, with the embedded engine's suites.
jest.setTimeout(120_000);
const describeOnce = process.env.KAOPING_TEST_ENGINE === 'postgres' ? describe.skip : describe;

const ROWS = 20_000;

async function folderWithRows(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kp-damage-'));
  const db = await startEmbeddedPostgres({ dataDir });
  const client = new Client({ connectionString: db.url });
  await client.connect();
  await client.query(`CREATE TABLE answer (id serial PRIMARY KEY, text text NOT NULL)`);
  await client.query(`INSERT INTO answer (text) SELECT repeat('答', 100) FROM generate_series(1, ${ROWS})`);
  await client.end();
  await db.close();
  return dataDir;
}

async function countRows(dataDir: string): Promise<number> {
  const db = await startEmbeddedPostgres({ dataDir });
  try {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM answer');
    await client.end();
    return Number(rows[0].n);
  } finally {
    await db.close();
  }
}

function largestTableFile(dataDir: string): string {
  const base = join(dataDir, 'pgdata', 'base');
  const files = readdirSync(base).flatMap((db) =>
    readdirSync(join(base, db))
      .filter((name) => /^\d+$/.test(name))
      .map((name) => join(base, db, name)),
  );
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

/** Every file's content, so a test can show the folder was not touched. */
function fingerprint(dataDir: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name !== 'kaoping.lock') hash.update(relative(dataDir, path)).update(readFileSync(path));
    }
  };
  walk(join(dataDir, 'pgdata'));
  return hash.digest('hex');
}

describeOnce('starting on a damaged data folder', () => {
  let pristine: string;
  let template: string;
  beforeAll(async () => {
    template = await folderWithRows();
    pristine = copyOf(template);
  });
  /** A folder as the last clean close left it, for one test to damage. */
  const copyOf = (source: string) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kp-damage-'));
    cpSync(source, dataDir, { recursive: true });
    return dataDir;
  };

  it('reopens a folder closed cleanly with every row, and after files grew past the last clean close', async () => {
    expect(await countRows(pristine)).toBe(ROWS);
    // a crash after more writes: the files are longer than the record of the last clean close
    const manifestFile = join(pristine, 'kaoping-files.json');
    const { files } = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: Record<string, number> };
    const shorter = Object.fromEntries(Object.entries(files).map(([name, size]) => [name, Math.max(0, size - 8192)]));
    writeFileSync(manifestFile, JSON.stringify({ files: shorter }));
    expect(await countRows(pristine)).toBe(ROWS);
  });

  it('refuses a folder missing PG_VERSION instead of initialising a new database over it', async () => {
    const dataDir = copyOf(template);
    unlinkSync(join(dataDir, 'pgdata', 'PG_VERSION'));
    const before = fingerprint(dataDir);

    const opening = startEmbeddedPostgres({ dataDir });

    await expect(opening).rejects.toThrow(DataFolderDamagedError);
    await expect(opening).rejects.toThrow(/已损坏.*缺少 PG_VERSION.*npm run restore/);
    expect(fingerprint(dataDir)).toBe(before);
  });

  it('refuses a table file cut in the middle of a page, naming the file', async () => {
    const dataDir = copyOf(template);
    const file = largestTableFile(dataDir);
    truncateSync(file, 8192 * 3 + 100);

    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/被截断/);
  });

  it('refuses a table file cut on a page boundary, which the engine itself would open with the rows missing', async () => {
    const dataDir = copyOf(template);
    truncateSync(largestTableFile(dataDir), 8192 * 2);
    const before = fingerprint(dataDir);

    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/比上次正常关闭时短/);
    expect(fingerprint(dataDir)).toBe(before);
  });

  it('refuses a folder whose write-ahead log was cut short, and points at the newest backup', async () => {
    const dataDir = copyOf(template);
    const wal = join(dataDir, 'pgdata', 'pg_wal');
    const segment = readdirSync(wal).filter((name) => /^[0-9A-F]{24}$/.test(name))[0];
    truncateSync(join(wal, segment), 1000);
    mkdirSync(join(dataDir, 'backups'));
    writeFileSync(join(dataDir, 'backups', 'kaoping-20261201-030000.kpbak'), '');
    writeFileSync(join(dataDir, 'backups', 'kaoping-20261206-030000.kpbak'), '');

    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/npm run restore -- \S+kaoping-20261206-030000\.kpbak/);
  });

  it('does not start on a disk with too little free space, and says to free some', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kp-full-'));
    expect(() => checkDataFolderBeforeOpen(dataDir, 10 * 1024 * 1024)).toThrow(DiskFullError);
    expect(() => checkDataFolderBeforeOpen(dataDir, 10 * 1024 * 1024)).toThrow(/剩余空间只有 10 MB.*请先释放磁盘空间/);
  });
});
