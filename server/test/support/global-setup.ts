import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { seedDemoIfEmpty } from '../../src/demo/demo-seed';
import { startEmbeddedPostgres } from '../../src/platform/database/embedded-postgres';
import { runMigrations } from '../../src/platform/database/run-migrations';

/**
 * Builds, once per run, a migrated and demo-seeded template for each engine; every test file then
 * gets its own copy in well under a second (PGlite: a loaded dump; PostgreSQL: CREATE DATABASE …
 * TEMPLATE). Both run before any project starts, so each builds only what is missing.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.KAOPING_PGLITE_TEMPLATE) {
    const db = await startEmbeddedPostgres({});
    try {
      await runMigrations(db.url);
      await seedDemoIfEmpty(db.url, { history: false });
      const file = join(tmpdir(), `kaoping-template-${process.pid}.tar`);
      writeFileSync(file, Buffer.from(await (await db.dump()).arrayBuffer()));
      process.env.KAOPING_PGLITE_TEMPLATE = file;
    } finally {
      await db.close();
    }
  }
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (baseUrl && !process.env.KAOPING_PG_TEMPLATE) {
    const name = `kaoping_template_${process.pid}`;
    await adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${name}`);
    await adminQuery(baseUrl, `CREATE DATABASE ${name}`);
    const url = withDatabase(baseUrl, name);
    await runMigrations(url);
    await seedDemoIfEmpty(url, { history: false });
    process.env.KAOPING_PG_TEMPLATE = name;
  }
}

export async function adminQuery(baseUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
