import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataFolderInUseError extends Error {}

/**
 * PGlite has no cross-process lock: two processes on one folder silently lose rows. The lock is a
 * file created exclusively and holding the owner's pid; a lock whose process is gone (kill -9) is
 * taken over.
 */
export function lockDataFolder(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'kaoping.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8'));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DataFolderInUseError(
          `数据目录 ${dataDir} 正被另一个 Kaoping 进程（pid ${owner}）使用：请先停止它，或把 DATA_DIR 指向另一个目录。 ` +
            `The data folder ${dataDir} is in use by another Kaoping process (pid ${owner}). ` +
            'Stop that process first, or set DATA_DIR to another folder.',
        );
      }
      unlinkSync(file);
    }
  }
  throw new DataFolderInUseError(`Could not lock the data folder ${dataDir}`);
}

/** The pid of the live process that holds the folder, or null when none does. */
export function folderOwner(dataDir: string): number | null {
  try {
    const owner = Number(readFileSync(join(dataDir, 'kaoping.lock'), 'utf8'));
    return owner && owner !== process.pid && isAlive(owner) ? owner : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
