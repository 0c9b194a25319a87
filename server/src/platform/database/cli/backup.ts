import { copyFileSync } from 'node:fs';
import { verifyBackupFile } from '../../backup/backup-file';
import { writeBackup } from '../../backup/backup-runner';
import { describeBackup } from '../../backup/backup-report';
import { askRunningApp } from '../../backup/ask-running-app';
import { loadConfig } from '../../config/app-config';
import { folderOwner } from '../data-folder-lock';
import { pathFromCaller } from './cli-paths';
import { withCliTarget } from './with-cli-target';
import { runCli } from './with-cli-database';

/** `npm run backup -- --out FILE`: a consistent backup of DATABASE_URL, or of the embedded database in DATA_DIR, running or not. */
runCli(async () => {
  const at = process.argv.indexOf('--out');
  const out = at > 0 ? pathFromCaller(process.argv[at + 1] ?? '') : undefined;
  if (!out || at + 1 >= process.argv.length) throw new Error('Usage: npm run backup -- --out FILE');
  const config = loadConfig({ ...process.env, JWT_SECRET: process.env.JWT_SECRET ?? 'unused-by-cli' });
  const owner = config.databaseUrl ? null : folderOwner(config.dataDir);
  if (owner) {
    console.log(`Kaoping is running (pid ${owner}): asked it to write the backup…`);
    copyFileSync(await askRunningApp(config.dataDir, owner), out);
  } else {
    await withCliTarget((url, engine) => writeBackup(url, engine, out));
  }
  const { header } = await verifyBackupFile(out);
  console.log(`Backup written to ${out}`);
  console.log(describeBackup(header));
});
