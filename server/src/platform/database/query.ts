import { DataSource, EntityManager, QueryResult } from 'typeorm';

/** Where a statement runs: a transaction's manager, or the data source (a connection of the pool). */
export type Queryable = EntityManager | DataSource;

/**
 * The one way a repository runs SQL (decisions: "Data access"). `manager.query` answers `[rows, count]`
 * for UPDATE and DELETE and bare rows for everything else; these helpers always answer rows, or the
 * number of rows a statement touched, whatever the statement and on both engines.
 */
export async function queryRows<T>(db: Queryable, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  return ((await structured(db, sql, params)).records ?? []) as T[];
}

/** The first row, or undefined when the statement returned none. */
export async function queryOne<T>(db: Queryable, sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
  const rows = await queryRows<T>(db, sql, params);
  return rows[0];
}

/** Runs a statement for its effect; answers how many rows it inserted, changed or deleted. */
export async function execute(db: Queryable, sql: string, params: readonly unknown[] = []): Promise<number> {
  return (await structured(db, sql, params)).affected ?? 0;
}

async function structured(db: Queryable, sql: string, params: readonly unknown[]): Promise<QueryResult> {
  const manager = db instanceof DataSource ? db.manager : db;
  // inside a transaction the manager carries its connection; otherwise borrow one from the pool for this statement
  const own = manager.queryRunner;
  const runner = own ?? manager.connection.createQueryRunner();
  try {
    return await runner.query(sql, [...params], true);
  } finally {
    if (!own) await runner.release();
  }
}
