import { seedDemoIfEmpty } from '../../../demo/demo-seed';
import { loadConfig } from '../../config/app-config';
import { openDatabaseTarget } from '../database-target';
import { runMigrations } from '../run-migrations';

/** Seeds the demo organisation into DATABASE_URL (or the embedded database) if it has no users yet. */
async function main(): Promise<void> {
  const database = await openDatabaseTarget(loadConfig({ ...process.env, JWT_SECRET: process.env.JWT_SECRET ?? 'unused-by-seeding' }));
  try {
    await runMigrations(database.url);
    const seeded = await seedDemoIfEmpty(database.url);
    console.log(seeded ? `Seeded ${seeded.units} units, ${seeded.users} users (password: kaoping-demo) and ${seeded.questions} questions in ${seeded.banks} banks.` : 'The database already has users: nothing seeded.');
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
