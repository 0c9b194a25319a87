import { DeadlineSweeper } from '../src/modules/exams/application/deadline-sweeper';
import { createTestApp, TestApp } from './support/test-app';

/**
 * One attempt whose grading throws is handled on its own: the others are submitted and graded, its
 * failure is recorded and retried with growing pauses, `/api/health` says so, and once the cause is
 * gone it is graded like any other — once.
 */
describe(`an attempt whose scoring fails (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let t: TestApp;
  let monthly: string;
  let sweeper: DeadlineSweeper;
  const as = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const start = async (username: string) =>
    (
      await t.http
        .post(`/api/exams/${monthly}/attempts`)
        .set(await as(username))
        .expect(201)
    ).body.id as string;
  const row = async (attemptId: string) =>
    (
      await t.dataSource.query(
        `SELECT status, scoring_failures AS failures, scoring_error AS error, extract(epoch FROM scoring_retry_at - now())::float8 AS "retryIn" FROM attempt WHERE id = $1`,
        [attemptId],
      )
    )[0] as { status: string; failures: number; error: string | null; retryIn: number | null };
  /** Points one slot at a question version that does not exist: grading it throws. */
  const poison = (attemptId: string) =>
    t.dataSource.query('UPDATE attempt_slot SET question_version = question_version + 1000 WHERE attempt_id = $1 AND slot = 1', [
      attemptId,
    ]);
  const cure = (attemptId: string) =>
    t.dataSource.query('UPDATE attempt_slot SET question_version = question_version - 1000 WHERE attempt_id = $1 AND slot = 1', [
      attemptId,
    ]);
  const overdue = (attemptId: string, minutes: number) =>
    t.dataSource.query(`UPDATE attempt SET deadline = now() - make_interval(mins => $2) WHERE id = $1`, [attemptId, minutes]);
  /** As if the pause before the next try had passed (and the submit were older than a stranded one). */
  const due = (attemptId: string) =>
    t.dataSource.query(
      `UPDATE attempt SET scoring_retry_at = now() - interval '1 second', submitted_at = now() - interval '1 minute' WHERE id = $1`,
      [attemptId],
    );
  const health = async () =>
    (await t.http.get('/api/health').expect(200)).body as { status: string; problems: Array<{ check: string; count: number }> };

  let poisoned: string;
  let others: string[];

  beforeAll(async () => {
    t = await createTestApp();
    monthly = (
      await t.http
        .get('/api/me/exams')
        .set(await as('staff20'))
        .expect(200)
    ).body[0].sittingId;
    sweeper = t.app.get(DeadlineSweeper);
    poisoned = await start('staff20');
    others = [await start('staff21'), await start('staff22'), await start('staff23')];
    await poison(poisoned);
    // the poisoned attempt is the most overdue, so it comes first
    await overdue(poisoned, 10);
    for (const id of others) await overdue(id, 1);
  });
  afterAll(() => t.close());

  it('submits and grades every other overdue attempt, and records the failure on the poisoned one', async () => {
    expect(await sweeper.sweep()).toBe(4);
    for (const id of others) expect((await row(id)).status).toBe('graded');
    const failed = await row(poisoned);
    expect(failed).toMatchObject({ status: 'scoring', failures: 1, error: expect.stringMatching(/\S/) });
    expect(failed.retryIn).toBeGreaterThan(0);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM attempt_event WHERE attempt_id = $1 AND kind = 'submitted'`, [
      poisoned,
    ]);
    expect(n).toBe(1);
  });

  it('reports the failing attempt in /api/health as degraded', async () => {
    expect(await health()).toMatchObject({ status: 'degraded', problems: [{ check: 'attempt-scoring', count: 1 }] });
  });

  it('leaves it alone until its retry is due, then retries it with a longer pause, without holding up a new overdue attempt', async () => {
    await t.dataSource.query(`UPDATE attempt SET submitted_at = now() - interval '1 minute' WHERE id = $1`, [poisoned]);
    await sweeper.sweep();
    expect((await row(poisoned)).failures).toBe(1);

    const first = (await row(poisoned)).retryIn!;
    const late = await start('staff24');
    await overdue(late, 1);
    await due(poisoned);
    expect(await sweeper.sweep()).toBe(1);
    expect((await row(late)).status).toBe('graded');
    const second = await row(poisoned);
    expect(second.failures).toBe(2);
    expect(second.retryIn!).toBeGreaterThan(first);
  });

  it('answers the candidate’s own submit of a failing attempt with “being scored”, not an error', async () => {
    const id = await start('staff25');
    await poison(id);
    const res = await t.http.post(`/api/attempts/${id}/submit`).set(await as('staff25'));
    expect([res.status, res.body.status]).toEqual([200, 'scoring']);
    expect(await row(id)).toMatchObject({ status: 'scoring', failures: 1 });
    expect((await health()).problems).toEqual([expect.objectContaining({ check: 'attempt-scoring', count: 2 })]);
    await cure(id);
    await due(id);
  });

  it('grades it, once, when the cause is gone, and health is ok again', async () => {
    await cure(poisoned);
    await due(poisoned);
    await sweeper.sweep();
    expect((await row(poisoned)).status).toBe('graded');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM domain_event WHERE type = 'exam.attempt_graded' AND payload->>'attemptId' = $1`,
      [poisoned],
    );
    expect(n).toBe(1);
    expect(await health()).toMatchObject({ status: 'ok', problems: [] });
  });
});
