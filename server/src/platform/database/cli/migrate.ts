import { loadConfig } from '../../config/app-config';
import { openDatabaseTarget } from '../database-target';
import { runMigrations } from '../run-migrations';
import { runCli } from './with-cli-database';

/** Runs pending migrations on DATABASE_URL, or on the embedded database when the app is not running. */
runCli(async () => {
  const database = await openDatabaseTarget(loadConfig({ ...process.env, JWT_SECRET: process.env.JWT_SECRET ?? 'unused-by-migrations' }));
  try {
    const applied = await runMigrations(database.url);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The schema is up to date.');
  } finally {
    await database.close();
  }
});
