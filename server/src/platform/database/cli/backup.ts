import { pathFromCaller } from './cli-paths';
import { writeBackup } from '../../backup/backup-runner';
import { describeBackup } from '../../backup/backup-report';
import { withCliTarget } from './with-cli-target';
import { runCli } from './with-cli-database';

/** `npm run backup -- --out FILE`: a consistent backup of DATABASE_URL, or of the embedded database in DATA_DIR. */
runCli(async () => {
  const at = process.argv.indexOf('--out');
  const out = at > 0 ? process.argv[at + 1] : undefined;
  if (!out) throw new Error('Usage: npm run backup -- --out FILE');
  const header = await withCliTarget((url, engine) => writeBackup(url, engine, pathFromCaller(out)));
  console.log(`Backup written to ${pathFromCaller(out)}`);
  console.log(describeBackup(header));
});
