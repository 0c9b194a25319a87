import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { readBackupHeader } from '../src/platform/backup/backup-file';
import { databaseHasContent, restoreBackup, writeBackup } from '../src/platform/backup/backup-runner';
import { tableDigests } from '../src/platform/backup/table-digest';
import { knownMigrationNames } from '../src/platform/database/run-migrations';
import { createTestApp, TestApp } from './support/test-app';
import { openEmptyDatabase } from './support/test-database';

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET TIME ZONE 'UTC'`);
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

describe(`backup and restore (${process.env.KAOPING_TEST_ENGINE})`, () => {
  const engine = process.env.KAOPING_TEST_ENGINE === 'postgres' ? 'postgres' : 'embedded';
  const dir = mkdtempSync(join(tmpdir(), 'kp-backup-'));
  const file = join(dir, 'kaoping.backup');
  let t: TestApp;
  let attemptId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const as = async (u: string) => ({ Authorization: `Bearer ${await t.tokenFor(u)}` });
    const [exam] = (
      await t.http
        .get('/api/me/exams')
        .set(await as('staff01'))
        .expect(200)
    ).body;
    const attempt = (
      await t.http
        .post(`/api/exams/${exam.sittingId}/attempts`)
        .set(await as('staff01'))
        .expect(201)
    ).body;
    attemptId = attempt.id;
    const q = attempt.questions.find((x: { type: string }) => x.type === 'single');
    await t.http
      .put(`/api/attempts/${attemptId}/answers/${q.slot}`)
      .set(await as('staff01'))
      .send({ answer: q.options[1].id, seq: 1 })
      .expect(200);
    await t.http
      .post(`/api/attempts/${attemptId}/submit`)
      .set(await as('staff01'))
      .expect(200);
    await writeBackup(t.db.url, engine, file);
  });
  afterAll(async () => {
    await t.close();
  });

  it('writes one file whose header names the schema, the engine and every table', () => {
    const { header } = readBackupHeader(file);
    expect(header).toMatchObject({ format: 1, engine, migrations: knownMigrationNames() });
    expect(header.tables.attempt_slot).toBeGreaterThan(0);
    expect(header.tables.app_user).toBeGreaterThan(30);
    expect(header.tables.domain_event).toBeGreaterThanOrEqual(1);
  });

  it('restores into an empty database every row as it was; new events sort after the restored ones; a second restore needs --force', async () => {
    const target = await openEmptyDatabase(engine === 'postgres' ? 'postgres' : 'pglite');
    try {
      const outcome = await restoreBackup(target.url, file);
      expect(outcome.upgradedBy).toEqual([]);
      expect(outcome.rows).toEqual(readBackupHeader(file).header.tables);
      const original = await tableDigests(t.db.url);
      expect(await tableDigests(target.url)).toEqual(original);
      const answered = `SELECT slot, answer FROM attempt_slot WHERE attempt_id = $1 AND answer IS NOT NULL`;
      const restored = await query<{ slot: number; answer: unknown }>(target.url, answered, [attemptId]);
      expect(restored).toHaveLength(1);
      expect(restored).toEqual(await query(t.db.url, answered, [attemptId]));

      // without the outbox clock, a fresh database's low transaction ids would sort this event before the restored ones
      const [cursor] = await query<{ tx: string }>(target.url, 'SELECT COALESCE(max(tx_id), 0)::text AS tx FROM domain_event');
      await query(target.url, `INSERT INTO domain_event (type, payload) VALUES ('test.after_restore', '{}')`);
      const seen = await query<{ type: string }>(
        target.url,
        `SELECT type FROM domain_event WHERE tx_id > $1::bigint AND tx_id < outbox_horizon()`,
        [cursor.tx],
      );
      expect(seen.map((e) => e.type)).toEqual(['test.after_restore']);

      await expect(restoreBackup(target.url, file)).rejects.toThrow(/not empty.*--force/);
      await restoreBackup(target.url, file, { force: true });
      expect(await tableDigests(target.url)).toEqual(original);
    } finally {
      await target.close();
    }
  });

  it('refuses a tampered, truncated, foreign or newer file and writes nothing', async () => {
    const bytes = readFileSync(file);
    const tampered = Buffer.from(bytes);
    tampered[tampered.length - 100] ^= 0xff;
    writeFileSync(join(dir, 'tampered.backup'), tampered);
    writeFileSync(join(dir, 'truncated.backup'), bytes.subarray(0, bytes.length - 1000));
    writeFileSync(join(dir, 'other.txt'), 'not a backup\n');
    const { header, payloadOffset } = readBackupHeader(file);
    const newer = { ...header, migrations: [...header.migrations, 'FromTheFuture1899999999999'] };
    writeFileSync(
      join(dir, 'newer.backup'),
      Buffer.concat([Buffer.from(`KAOPING-BACKUP\n${JSON.stringify(newer)}\n`), bytes.subarray(payloadOffset)]),
    );
    const target = await openEmptyDatabase(engine === 'postgres' ? 'postgres' : 'pglite');
    try {
      await expect(restoreBackup(target.url, join(dir, 'tampered.backup'))).rejects.toThrow(/fails its checksum/);
      await expect(restoreBackup(target.url, join(dir, 'truncated.backup'))).rejects.toThrow(/truncated/);
      await expect(restoreBackup(target.url, join(dir, 'other.txt'))).rejects.toThrow(/not a Kaoping backup/);
      await expect(restoreBackup(target.url, join(dir, 'newer.backup'))).rejects.toThrow(/newer Kaoping.*upgrade this installation first/);
      expect(await databaseHasContent(target.url)).toBe(false);
    } finally {
      await target.close();
    }
    await expect(restoreBackup(t.db.url, file)).rejects.toThrow(/not empty/);
  });

  (engine === 'postgres' ? it : it.skip)('moves PostgreSQL → embedded → PostgreSQL keeping every row', async () => {
    const embedded = await openEmptyDatabase('pglite');
    const back = await openEmptyDatabase('postgres');
    try {
      await restoreBackup(embedded.url, file);
      const second = join(dir, 'from-embedded.backup');
      await writeBackup(embedded.url, 'embedded', second);
      await restoreBackup(back.url, second);
      const original = await tableDigests(t.db.url);
      expect(await tableDigests(embedded.url)).toEqual(original);
      expect(await tableDigests(back.url)).toEqual(original);
    } finally {
      await embedded.close();
      await back.close();
    }
  });
});
