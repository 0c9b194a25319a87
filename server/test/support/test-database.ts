import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startEmbeddedPostgres } from '../../src/platform/database/embedded-postgres';
import { EMBEDDED_POOL_SIZE } from '../../src/platform/database/embedded-postgres';
import { adminQuery, withDatabase } from './global-setup';

export type TestEngine = 'pglite' | 'postgres';

export interface TestDatabase {
  engine: TestEngine;
  url: string;
  poolMax: number;
  /** The embedded engine's data folder as a tarball (what the app's backups take there). */
  snapshot?: () => Promise<Blob>;
  close(): Promise<void>;
}

/** A fresh, migrated, demo-seeded database of its own for one test file, on the project's engine. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const engine = (process.env.KAOPING_TEST_ENGINE ?? 'pglite') as TestEngine;
  if (engine === 'postgres') {
    const baseUrl = process.env.TEST_DATABASE_URL!;
    const name = `kaoping_t_${randomBytes(6).toString('hex')}`;
    await adminQuery(baseUrl, `CREATE DATABASE ${name} TEMPLATE ${process.env.KAOPING_PG_TEMPLATE}`);
    return {
      engine,
      url: withDatabase(baseUrl, name),
      poolMax: 10,
      close: () => adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const template = new Blob([readFileSync(process.env.KAOPING_PGLITE_TEMPLATE!)]);
  const db = await startEmbeddedPostgres({ loadDataDir: template });
  return { engine, url: db.url, poolMax: EMBEDDED_POOL_SIZE, snapshot: () => db.dump('none'), close: () => db.close() };
}

/** An empty database (no schema) on the given engine: a new PostgreSQL database, or an embedded one in memory. */
export async function openEmptyDatabase(engine: TestEngine): Promise<TestDatabase> {
  if (engine === 'postgres') {
    const baseUrl = process.env.TEST_DATABASE_URL!;
    const name = `kaoping_e_${randomBytes(6).toString('hex')}`;
    await adminQuery(baseUrl, `CREATE DATABASE ${name}`);
    return {
      engine,
      url: withDatabase(baseUrl, name),
      poolMax: 10,
      close: () => adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const db = await startEmbeddedPostgres({});
  return { engine, url: db.url, poolMax: EMBEDDED_POOL_SIZE, snapshot: () => db.dump('none'), close: () => db.close() };
}
