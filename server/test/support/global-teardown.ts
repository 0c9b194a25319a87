import { rmSync } from 'node:fs';
import { adminQuery } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  if (process.env.KAOPING_PGLITE_TEMPLATE) rmSync(process.env.KAOPING_PGLITE_TEMPLATE, { force: true });
  if (process.env.TEST_DATABASE_URL && process.env.KAOPING_PG_TEMPLATE) {
    await adminQuery(process.env.TEST_DATABASE_URL, `DROP DATABASE IF EXISTS ${process.env.KAOPING_PG_TEMPLATE}`);
  }
}
