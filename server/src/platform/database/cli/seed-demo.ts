import { seedDemoIfEmpty } from '../../../demo/demo-seed';
import { runCli, withCliDatabase } from './with-cli-database';

/** Seeds the demo organisation into DATABASE_URL (or the embedded database) if it has no users yet. */
runCli(async () => {
  const seeded = await withCliDatabase((_dataSource, url) => seedDemoIfEmpty(url));
  console.log(
    seeded
      ? `Seeded ${seeded.units} units, ${seeded.users} users (password: kaoping-demo) and ${seeded.questions} questions in ${seeded.banks} banks.`
      : 'The database already has users: nothing seeded.',
  );
});
