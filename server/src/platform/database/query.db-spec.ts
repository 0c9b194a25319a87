import type { DataSource } from 'typeorm';
import { openRepositoryDatabase, RepositoryDatabase } from '../../../test/support/repository-database';
import { execute, queryOne, queryRows } from './query';

describe(`the query helpers (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let db: RepositoryDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await openRepositoryDatabase();
    ds = db.dataSource;
    await execute(ds, 'CREATE TABLE probe (id int PRIMARY KEY, label text NOT NULL)');
  });

  afterAll(async () => db.close());

  beforeEach(async () => {
    await execute(ds, 'DELETE FROM probe');
    await execute(ds, `INSERT INTO probe (id, label) VALUES (1, 'a'), (2, 'b'), (3, 'c')`);
  });

  it('answers the rows of a SELECT', async () => {
    expect(await queryRows<{ id: number }>(ds, 'SELECT id FROM probe WHERE id > $1 ORDER BY id', [1])).toEqual([{ id: 2 }, { id: 3 }]);
    expect(await queryRows(ds, 'SELECT id FROM probe WHERE id > 9')).toEqual([]);
  });

  it('answers the returned rows of an UPDATE or DELETE … RETURNING, not [rows, count]', async () => {
    const updated = await queryRows<{ id: number; label: string }>(
      ds,
      `UPDATE probe SET label = label || '!' WHERE id <= 2 RETURNING id, label`,
    );
    expect(updated.sort((x, y) => x.id - y.id)).toEqual([
      { id: 1, label: 'a!' },
      { id: 2, label: 'b!' },
    ]);
    expect(await queryRows<{ id: number }>(ds, 'DELETE FROM probe WHERE id = 3 RETURNING id')).toEqual([{ id: 3 }]);
    expect(await queryRows(ds, 'UPDATE probe SET label = $1 WHERE id = 99 RETURNING id', ['x'])).toEqual([]);
  });

  it('answers the returned row of an INSERT … RETURNING, and no rows for a statement that returns none', async () => {
    expect(await queryOne<{ id: number }>(ds, `INSERT INTO probe (id, label) VALUES (4, 'd') RETURNING id`)).toEqual({ id: 4 });
    expect(await queryRows(ds, `UPDATE probe SET label = 'z' WHERE id = 4`)).toEqual([]);
    expect(await queryOne(ds, 'SELECT id FROM probe WHERE id = 99')).toBeUndefined();
  });

  it('counts the rows a statement inserted, changed or deleted', async () => {
    expect(await execute(ds, `UPDATE probe SET label = 'x' WHERE id >= 2`)).toBe(2);
    expect(await execute(ds, 'UPDATE probe SET label = $1 WHERE id = 99', ['y'])).toBe(0);
    expect(await execute(ds, `INSERT INTO probe (id, label) VALUES (7, 'g'), (8, 'h')`)).toBe(2);
    expect(await execute(ds, 'DELETE FROM probe WHERE id IN (1, 7, 8)')).toBe(3);
  });

  it("runs inside the caller's transaction, so a rollback takes its writes back", async () => {
    await expect(
      ds.transaction(async (manager) => {
        await execute(manager, `UPDATE probe SET label = 'inside' WHERE id = 1`);
        expect(await queryOne<{ label: string }>(manager, 'SELECT label FROM probe WHERE id = 1')).toEqual({ label: 'inside' });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await queryOne<{ label: string }>(ds, 'SELECT label FROM probe WHERE id = 1')).toEqual({ label: 'a' });
  });
});
