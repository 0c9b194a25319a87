import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readBackupHeader } from '../src/platform/backup/backup-file';
import { restoreBackup } from '../src/platform/backup/backup-runner';
import { knownMigrationNames } from '../src/platform/database/run-migrations';
import { CompetencyProjector } from '../src/modules/competency/application/competency-projector';
import { createTestApp } from './support/test-app';
import { openEmptyDatabase } from './support/test-database';

/**
 * One backup of the demo department per released schema (test/fixtures/upgrades/schema-<last
 * migration>.kpbak: made with that release's migrations and seed, an exam submitted and one in
 * progress). Each must restore, migrate forward and serve on both engines.
 */
const FIXTURES = join(__dirname, 'fixtures', 'upgrades');
const engine = process.env.KAOPING_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';

describe.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.kpbak')))(`upgrading from %s (${engine})`, (fixture) => {
  it('restores, runs every later migration, and serves the department as it was', async () => {
    const file = join(FIXTURES, fixture);
    const { header } = readBackupHeader(file);
    const later = knownMigrationNames().filter((m) => !header.migrations.includes(m));
    const db = await openEmptyDatabase(engine);
    const outcome = await restoreBackup(db.url, file);
    expect(outcome.upgradedBy).toEqual(later);
    const t = await createTestApp(db);
    try {
      const as = async (u: string) => ({ Authorization: `Bearer ${await t.tokenFor(u)}` });
      // the submitted exam keeps its score; the one in progress resumes with its saved answer
      const done = (
        await t.http
          .get('/api/me/exams')
          .set(await as('staff01'))
          .expect(200)
      ).body[0];
      expect(done).toMatchObject({ status: 'graded', attemptsUsed: 1 });
      const result = (
        await t.http
          .get(`/api/attempts/${done.lastAttemptId}/result`)
          .set(await as('staff01'))
          .expect(200)
      ).body;
      expect(typeof result.score).toBe('number');
      const open = (
        await t.http
          .get('/api/me/exams')
          .set(await as('staff02'))
          .expect(200)
      ).body[0];
      expect(open.status).toBe('in_progress');
      const resumed = (
        await t.http
          .post(`/api/exams/${open.sittingId}/attempts`)
          .set(await as('staff02'))
          .expect(200)
      ).body;
      expect(resumed.answers).toEqual([expect.objectContaining({ answer: expect.any(String), seq: 1 })]);
      // the restored outbox is read on: the graded exam reaches the competency record
      await t.app.get(CompetencyProjector).drain();
      const [{ id }] = await t.dataSource.query(`SELECT id FROM app_user WHERE username = 'staff01'`);
      const record = (
        await t.http
          .get(`/api/competency/people/${id}`)
          .set(await as('staff01'))
          .expect(200)
      ).body;
      expect(record.recentEvidence.some((e: { sourceKind: string }) => e.sourceKind === 'exam')).toBe(true);
      // and a new submission after the upgrade reaches it too
      const submitted = (
        await t.http
          .post(`/api/attempts/${resumed.id}/submit`)
          .set(await as('staff02'))
          .expect(200)
      ).body;
      expect(submitted.status).toBe('graded');
      let applied = 0;
      for (const until = Date.now() + 20_000; applied === 0 && Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
        applied += await t.app.get(CompetencyProjector).drain();
      }
      expect(applied).toBe(1);
    } finally {
      await t.close();
    }
  });
});
