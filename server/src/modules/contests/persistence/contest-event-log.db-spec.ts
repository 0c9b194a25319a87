import type { DataSource } from 'typeorm';
import { openRepositoryDatabase, RepositoryDatabase } from '../../../../test/support/repository-database';
import { queryOne, queryRows } from '../../../platform/database/query';
import { ContestEventLog } from './contest-event-log';
import { ContestRepository } from './contest.repository';

describe(`the contest event log (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let db: RepositoryDatabase;
  let ds: DataSource;
  let log: ContestEventLog;
  let contestId: string;

  beforeAll(async () => {
    db = await openRepositoryDatabase();
    ds = db.dataSource;
    log = new ContestEventLog(ds);
    const unit = (await queryOne<{ id: string }>(ds, `SELECT id FROM org_unit WHERE parent_id IS NULL`))!.id;
    contestId = await ds.transaction((manager) =>
      new ContestRepository(ds).insert(
        {
          ownerUnitId: unit,
          title: '日志测试',
          kind: 'knowledge',
          joinCode: 'LOG234',
          finalMethod: 'trimmed',
          rubric: null,
          timeLimitSeconds: null,
          overrunGraceSeconds: 0,
          overrunStepSeconds: 30,
          overrunPointsPerStep: 1,
          overrunMaxPenalty: null,
          createdBy: null,
        },
        manager,
      ),
    );
  });

  afterAll(async () => db.close());

  const append = (key: string, payload: unknown = { n: key }) =>
    ds.transaction((manager) => log.append(manager, contestId, { type: 'test.event', payload, actorId: null }, key));

  it('numbers events 1, 2, 3 … and answers the first event for a key used again, adding nothing', async () => {
    const first = await append('a', { value: 1 });
    const second = await append('b');
    const again = await append('a', { value: 2 });
    expect([first.seq, first.created, second.seq]).toEqual([1, true, 2]);
    expect(again).toMatchObject({ seq: 1, created: false, payload: { value: 1 } });
    expect((await log.events(contestId)).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('keeps numbers contiguous and each key once when many writers append at the same moment', async () => {
    const results = await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => append(`k${i}`)),
      ...Array.from({ length: 6 }, () => append('same', { resent: true })),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(9);
    expect(new Set(results.filter((r) => !r.created).map((r) => r.seq)).size).toBe(1);
    const rows = await queryRows<{ seq: number }>(ds, 'SELECT seq FROM contest_event WHERE contest_id = $1 ORDER BY seq', [contestId]);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
  });

  it('rolls an event back with the transaction that appended it', async () => {
    await expect(
      ds.transaction(async (manager) => {
        await log.append(manager, contestId, { type: 'test.event', payload: {}, actorId: null }, 'rolled-back');
        throw new Error('refused after appending');
      }),
    ).rejects.toThrow('refused after appending');
    expect(await log.byKey(ds, contestId, 'rolled-back')).toBeUndefined();
    expect((await append('after')).seq).toBe(12);
  });
});
