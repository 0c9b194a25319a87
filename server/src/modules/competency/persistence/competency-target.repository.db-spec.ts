import type { DataSource } from 'typeorm';
import { openRepositoryDatabase, RepositoryDatabase } from '../../../../test/support/repository-database';
import { queryOne } from '../../../platform/database/query';
import { CompetencyTargetRepository } from './competency-target.repository';

describe(`the competency target repository (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let db: RepositoryDatabase;
  let ds: DataSource;
  let targets: CompetencyTargetRepository;
  let adminId: string;

  beforeAll(async () => {
    db = await openRepositoryDatabase();
    ds = db.dataSource;
    targets = new CompetencyTargetRepository(ds);
    adminId = (await queryOne<{ id: string }>(ds, `SELECT id FROM app_user WHERE username = 'admin'`))!.id;
  });

  afterAll(async () => db.close());

  it('keeps one target per dimension: a second write replaces the first', async () => {
    await ds.transaction(async (manager) => {
      await targets.lockForUpdate(manager);
      await targets.upsert([{ dimension: '法律法规', target: 0.8 }], adminId, manager);
    });
    await ds.transaction((manager) =>
      targets.upsert(
        [
          { dimension: '法律法规', target: 0.9 },
          { dimension: '营销知识', target: 0.6 },
        ],
        adminId,
        manager,
      ),
    );
    const set = await targets.overrides();
    expect(set.get('法律法规')).toBe(0.9);
    expect(set.get('营销知识')).toBe(0.6);
    expect(set.size).toBe(2);
  });

  it('writes nothing when the transaction rolls back', async () => {
    await expect(
      ds.transaction(async (manager) => {
        await targets.upsert([{ dimension: '日常业务', target: 0.5 }], adminId, manager);
        expect((await targets.overrides(manager)).get('日常业务')).toBe(0.5);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await targets.overrides()).has('日常业务')).toBe(false);
  });
});
