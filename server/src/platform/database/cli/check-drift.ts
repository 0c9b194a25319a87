import { startEmbeddedPostgres } from '../embedded-postgres';
import { pendingSchemaChanges, runMigrations } from '../run-migrations';

/**
 * Fails when the entities and the migrations disagree: runs every migration on an empty database
 * (DATABASE_URL when set — it must be a throw-away database — otherwise a fresh embedded one) and
 * asks TypeORM what it would still change.
 */
async function main(): Promise<void> {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({});
  const url = process.env.DATABASE_URL ?? embedded!.url;
  try {
    await runMigrations(url);
    const { up } = await pendingSchemaChanges(url);
    if (up.length > 0) {
      console.error('Entities and migrations have drifted. Missing from the migrations:');
      for (const q of up) console.error(`  ${q};`);
      console.error('Generate a migration: node dist/platform/database/cli/generate-migration.js <name>');
      process.exitCode = 1;
    } else {
      console.log('db:check: entities and migrations agree.');
    }
  } finally {
    await embedded?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
