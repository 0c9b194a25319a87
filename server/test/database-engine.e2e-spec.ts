import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/platform/database/data-source-options';
import { openTestDatabase, TestDatabase } from './support/test-database';

describe(`database engine (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await openTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(db.url, db.poolMax)).initialize();
    await dataSource.query('CREATE TABLE tx_probe (id int PRIMARY KEY, label text NOT NULL UNIQUE)');
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.close();
  });

  it('keeps exactly the committed work of many concurrent transactions, some rolling back', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) =>
        dataSource.transaction(async (manager) => {
          await manager.query('INSERT INTO tx_probe (id, label) VALUES ($1, $2)', [i, `row-${i}`]);
          await new Promise((resolve) => setTimeout(resolve, (i * 7) % 13));
          await manager.query('UPDATE tx_probe SET label = label || $2 WHERE id = $1', [i, '-touched']);
          if (i % 4 === 0) throw new Error('deliberate rollback');
        }),
      ),
    );
    const committed = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i] : []));
    expect(committed).toHaveLength(45);
    const rows: Array<{ id: number; label: string }> = await dataSource.query('SELECT id, label FROM tx_probe ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(committed);
    expect(rows.every((r) => r.label === `row-${r.id}-touched`)).toBe(true);
  });

  it('lets exactly one of several concurrent inserts of the same unique value win', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        dataSource.transaction(async (manager) => {
          await manager.query('INSERT INTO tx_probe (id, label) VALUES ($1, $2)', [1000 + i, 'contested']);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected.every((o) => (o.reason as { driverError?: { code?: string } }).driverError?.code === '23505')).toBe(true);
    const [{ n }] = await dataSource.query(`SELECT count(*) AS n FROM tx_probe WHERE label = 'contested'`);
    expect(Number(n)).toBe(1);
  });

  it("never shows one transaction's uncommitted rows to another connection", async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    let outside: Promise<unknown[]>;
    try {
      await runner.query(`INSERT INTO tx_probe (id, label) VALUES (5000, 'pending')`);
      // PostgreSQL answers at once; the embedded engine serialises sessions and answers after the
      // rollback. Either way the pending row must not be seen.
      outside = dataSource.query('SELECT 1 FROM tx_probe WHERE id = 5000');
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await outside).toHaveLength(0);
  });
});
