import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyBackupFile } from '../../backup/backup-file';
import { writeBackup } from '../../backup/backup-runner';
import { describeBackup } from '../../backup/backup-report';
import { BACKUP_REQUESTS, readBackupAnswer } from '../../backup/backup.service';
import { loadConfig } from '../../config/app-config';
import { folderOwner } from '../data-folder-lock';
import { pathFromCaller } from './cli-paths';
import { withCliTarget } from './with-cli-target';
import { runCli } from './with-cli-database';

const ANSWER_WAIT_MS = 10 * 60_000;

/**
 * The embedded folder has one owner: while the app runs, it is asked (SIGUSR2 and a request file)
 * to write the backup itself, which it does in a moment from its own engine.
 */
async function askRunningApp(dataDir: string, pid: number): Promise<string> {
  const dir = join(dataDir, 'backups');
  const id = randomBytes(8).toString('hex');
  mkdirSync(join(dir, BACKUP_REQUESTS), { recursive: true });
  writeFileSync(join(dir, BACKUP_REQUESTS, `${id}.request`), '');
  process.kill(pid, 'SIGUSR2');
  console.log(`Kaoping is running (pid ${pid}): asked it to write the backup…`);
  for (const until = Date.now() + ANSWER_WAIT_MS; Date.now() < until;) {
    const answer = readBackupAnswer(dir, id);
    if (answer?.error) throw new Error(`The running app could not write the backup: ${answer.error}`);
    if (answer?.file) return answer.file;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The running app (pid ${pid}) did not answer within 10 minutes; see its log`);
}

/** `npm run backup -- --out FILE`: a consistent backup of DATABASE_URL, or of the embedded database in DATA_DIR, running or not. */
runCli(async () => {
  const at = process.argv.indexOf('--out');
  const out = at > 0 ? pathFromCaller(process.argv[at + 1] ?? '') : undefined;
  if (!out || at + 1 >= process.argv.length) throw new Error('Usage: npm run backup -- --out FILE');
  const config = loadConfig({ ...process.env, JWT_SECRET: process.env.JWT_SECRET ?? 'unused-by-cli' });
  const owner = config.databaseUrl ? null : folderOwner(config.dataDir);
  if (owner) {
    copyFileSync(await askRunningApp(config.dataDir, owner), out);
  } else {
    await withCliTarget((url, engine) => writeBackup(url, engine, out));
  }
  const { header } = await verifyBackupFile(out);
  console.log(`Backup written to ${out}`);
  console.log(describeBackup(header));
});
