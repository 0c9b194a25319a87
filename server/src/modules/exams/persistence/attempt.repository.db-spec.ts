import type { DataSource } from 'typeorm';
import { openRepositoryDatabase, RepositoryDatabase } from '../../../../test/support/repository-database';
import { queryOne, queryRows } from '../../../platform/database/query';
import { AttemptRepository } from './attempt.repository';
import { VersionContentCache } from './version-content-cache';

describe(`the attempt repository (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let db: RepositoryDatabase;
  let ds: DataSource;
  let attempts: AttemptRepository;
  let sittingId: string;
  let questionId: string;
  const started: string[] = [];

  beforeAll(async () => {
    db = await openRepositoryDatabase();
    ds = db.dataSource;
    attempts = new AttemptRepository(ds, new VersionContentCache(ds));
    sittingId = (await queryOne<{ id: string }>(ds, 'SELECT id FROM sitting ORDER BY opens_at LIMIT 1'))!.id;
    const [first, second] = await queryRows<{ id: string; version: number }>(
      ds,
      `SELECT id, current_version AS version FROM question WHERE type = 'single' ORDER BY key LIMIT 2`,
    );
    questionId = first.id;
    const people = await queryRows<{ id: string }>(
      ds,
      `SELECT id FROM app_user WHERE username IN ('staff01', 'staff02') ORDER BY username`,
    );
    for (const person of people) {
      const id = await attempts.insertStarted(
        { sittingId, userId: person.id, attemptNo: 1, startedAt: new Date(), deadline: new Date(Date.now() + 3_600_000), maxScore: 4 },
        [
          { slot: 1, questionId: first.id, questionVersion: first.version, points: 2, choiceOrder: null },
          { slot: 2, questionId: second.id, questionVersion: second.version, points: 2, choiceOrder: null },
        ],
      );
      started.push(id!);
    }
  });

  afterAll(async () => db.close());

  it('starts an attempt once: a second start of the same attempt number inserts nothing', async () => {
    const person = (await queryOne<{ userId: string }>(ds, 'SELECT user_id AS "userId" FROM attempt WHERE id = $1', [started[0]]))!;
    expect(
      await attempts.insertStarted(
        { sittingId, userId: person.userId, attemptNo: 1, startedAt: new Date(), deadline: new Date(), maxScore: 4 },
        [],
      ),
    ).toBeNull();
    expect((await attempts.pins(started[0])).map((p) => p.slot).sort()).toEqual([1, 2]);
  });

  it('re-points the slots that showed one version to another and answers the attempts it touched', async () => {
    const { version } = (await queryOne<{ version: number }>(ds, 'SELECT current_version AS version FROM question WHERE id = $1', [
      questionId,
    ]))!;
    const moved = await ds.transaction((manager) => attempts.repointSlots(questionId, version, version + 1, manager));
    expect([...moved].sort()).toEqual([...started].sort());
    expect((await attempts.pins(started[1])).find((p) => p.slot === 1)!.version).toBe(version + 1);
    expect(await ds.transaction((manager) => attempts.repointSlots(questionId, version, version + 1, manager))).toEqual([]);
  });

  it('records a scoring failure only on an attempt waiting for its score, counting the failures', async () => {
    expect(await attempts.recordScoringFailure(started[0], 'boom', [5, 15])).toBeNull();
    await attempts.markSubmitted(started[0], 'candidate', null);
    const first = await attempts.recordScoringFailure(started[0], 'boom', [5, 15]);
    const second = await attempts.recordScoringFailure(started[0], 'boom again', [5, 15]);
    expect(first).toMatchObject({ failures: 1, retryAt: expect.any(Date) });
    expect(second).toMatchObject({ failures: 2 });
    expect(second!.retryAt.getTime() - first!.retryAt.getTime()).toBeGreaterThan(5_000);
    expect(await attempts.failingToScore()).toBe(1);
  });
});
