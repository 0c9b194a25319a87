import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_REQUESTS, readBackupAnswer } from './backup.service';

const ANSWER_WAIT_MS = 10 * 60_000;

/**
 * The embedded folder has one owner: while the app runs, it is asked (SIGUSR2 and a request file)
 * to write the backup itself, which it does in a moment from its own engine.
 */
export async function askRunningApp(dataDir: string, pid: number): Promise<string> {
  const dir = join(dataDir, 'backups');
  const id = randomBytes(8).toString('hex');
  mkdirSync(join(dir, BACKUP_REQUESTS), { recursive: true });
  writeFileSync(join(dir, BACKUP_REQUESTS, `${id}.request`), '');
  process.kill(pid, 'SIGUSR2');
  for (const until = Date.now() + ANSWER_WAIT_MS; Date.now() < until;) {
    const answer = readBackupAnswer(dir, id);
    if (answer?.error) throw new Error(`The running app could not write the backup: ${answer.error}`);
    if (answer?.file) return answer.file;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The running app (pid ${pid}) did not answer within 10 minutes; see its log`);
}
