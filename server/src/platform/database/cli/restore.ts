import { pathFromCaller } from './cli-paths';
import { restoreBackup } from '../../backup/backup-runner';
import { describeRestore } from '../../backup/backup-report';
import { withCliTarget } from './with-cli-target';
import { runCli } from './with-cli-database';

/** `npm run restore -- FILE [--force]`: into an empty DATABASE_URL, or an empty data folder DATA_DIR. */
runCli(async () => {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file) throw new Error('Usage: npm run restore -- FILE [--force]');
  const outcome = await withCliTarget((url) => restoreBackup(url, pathFromCaller(file), { force: process.argv.includes('--force') }));
  console.log(describeRestore(outcome));
});
