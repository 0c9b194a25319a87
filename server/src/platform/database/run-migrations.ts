import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { MIGRATIONS } from './schema-registry';

/** Arbitrary constant: the advisory lock every instance takes while migrating. */
const MIGRATION_LOCK_KEY = 7_283_001;

/** The migrations this version knows, by name, oldest first. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const knownMigrationNames = (): string[] => (MIGRATIONS as Function[]).map((m) => m.name);

/**
 * Runs pending migrations, one instance at a time: several API instances may start together
 * against one PostgreSQL, and only the first should migrate. `only` limits them to the named ones
 * (a restore rebuilds the schema its backup was made with before it loads the rows).
 */
export async function runMigrations(url: string, only?: string[]): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const options = dataSourceOptions(url, 1);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    const migrations = only ? (MIGRATIONS as Function[]).filter((m) => only.includes(m.name)) : options.migrations;
    const dataSource = new DataSource({ ...options, migrations });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}

/** SQL that would bring the schema in line with the entities; empty when migrations and entities agree. */
export async function pendingSchemaChanges(url: string): Promise<{ up: string[]; down: string[] }> {
  const dataSource = new DataSource(dataSourceOptions(url, 1));
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query).reverse() };
  } finally {
    await dataSource.destroy();
  }
}
