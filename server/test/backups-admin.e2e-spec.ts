import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { readBackupHeader, verifyBackupFile } from '../src/platform/backup/backup-file';
import { BACKUP_REQUESTS, BackupService, readBackupAnswer } from '../src/platform/backup/backup.service';
import { restoreBackup } from '../src/platform/backup/backup-runner';
import { tableDigests } from '../src/platform/backup/table-digest';
import { createTestApp, TestApp } from './support/test-app';
import { openEmptyDatabase } from './support/test-database';

describe(`an administrator's backups (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  const as = async (u: string) => ({ Authorization: `Bearer ${await t.tokenFor(u)}` });

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists none at first, makes one on request, and lists it newest first', async () => {
    const before = (
      await t.http
        .get('/api/admin/backups')
        .set(await as('admin'))
        .expect(200)
    ).body;
    expect(before.backups).toEqual([]);
    const made = (
      await t.http
        .post('/api/admin/backups')
        .set(await as('admin'))
        .expect(201)
    ).body;
    expect(made).toMatchObject({
      name: expect.stringMatching(/^kaoping-\d{8}-\d{6}\.kpbak$/),
      bytes: expect.any(Number),
      appVersion: expect.any(String),
    });
    expect(made.bytes).toBeGreaterThan(1000);
    const after = (
      await t.http
        .get('/api/admin/backups')
        .set(await as('admin'))
        .expect(200)
    ).body;
    expect(after.backups[0]).toEqual(made);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'backup.created' AND target_id = $1`,
      [made.name],
    );
    expect(n).toBe(1);
  });

  it('downloads a backup that restores into an empty database with every account and question', async () => {
    const { backups } = (
      await t.http
        .get('/api/admin/backups')
        .set(await as('admin'))
        .expect(200)
    ).body;
    const res = await t.http
      .get(`/api/admin/backups/${backups[0].name}`)
      .set(await as('admin'))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const file = join(mkdtempSync(join(tmpdir(), 'kp-dl-')), backups[0].name);
    writeFileSync(file, res.body as Buffer);
    // the embedded engine's running app takes its data folder; PostgreSQL's, the rows
    expect(readBackupHeader(file).header.payload ?? 'rows').toBe(process.env.KAOPING_TEST_ENGINE === 'postgres' ? 'rows' : 'pgdata');
    const target = await openEmptyDatabase(process.env.KAOPING_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite');
    try {
      const outcome = await restoreBackup(target.url, file);
      expect(outcome.rows.app_user).toBeGreaterThan(30);
      const [source, copy] = [await tableDigests(t.db.url), await tableDigests(target.url)];
      for (const table of ['app_user', 'org_unit', 'question', 'question_version', 'sitting']) expect(copy[table]).toBe(source[table]);
      const client = new Client({ connectionString: target.url });
      await client.connect();
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM schema_migration`);
      await client.end();
      expect(rows[0].n).toBeGreaterThan(10);
    } finally {
      await target.close();
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'backup.downloaded'`);
    expect(n).toBe(1);
  });

  (process.env.KAOPING_TEST_ENGINE === 'postgres' ? it.skip : it)(
    'answers the request `npm run backup` leaves while the app runs on the embedded engine',
    async () => {
      const service = t.app.get(BackupService);
      mkdirSync(join(service.dir, BACKUP_REQUESTS), { recursive: true });
      writeFileSync(join(service.dir, BACKUP_REQUESTS, 'cli-1.request'), '');
      process.emit('SIGUSR2', 'SIGUSR2');
      let answer: { file?: string; error?: string } | null = null;
      for (let i = 0; i < 150 && !answer; i++) {
        await new Promise((r) => setTimeout(r, 200));
        answer = readBackupAnswer(service.dir, 'cli-1');
      }
      expect(answer).toEqual({ file: expect.stringMatching(/kaoping-\d{8}-\d{6}\.kpbak$/) });
      expect((await verifyBackupFile(answer!.file!)).header.payload).toBe('pgdata');
    },
  );

  it('is for administrators only, and names a wrong file plainly', async () => {
    for (const who of ['trainer', 'manager', 'staff01'])
      await t.http
        .get('/api/admin/backups')
        .set(await as(who))
        .expect(403);
    await t.http
      .post('/api/admin/backups')
      .set(await as('trainer'))
      .expect(403);
    const bad = (
      await t.http
        .get('/api/admin/backups/..%2F..%2Fjwt-secret')
        .set(await as('admin'))
        .expect(400)
    ).body;
    expect(bad.message).toEqual([expect.stringContaining('name')]);
    await t.http
      .get('/api/admin/backups/kaoping-20200101-000000.kpbak')
      .set(await as('admin'))
      .expect(404);
  });
});
