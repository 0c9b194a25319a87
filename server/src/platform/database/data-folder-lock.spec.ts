import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFolderInUseError, lockDataFolder } from './data-folder-lock';

describe('data folder lock', () => {
  it('refuses a second opener of a folder whose owner is alive, with a message that says what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-lock-'));
    const parentPid = String(process.ppid);
    writeFileSync(join(dir, 'kaoping.lock'), parentPid);
    expect(() => lockDataFolder(dir)).toThrow(DataFolderInUseError);
    expect(() => lockDataFolder(dir)).toThrow(/in use by another Kaoping process \(pid \d+\)\. Stop that process first, or set DATA_DIR/);
  });

  it('takes over a lock left by a process that died (kill -9)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(join(dir, 'kaoping.lock'), dead);
    const unlock = lockDataFolder(dir);
    expect(() => lockDataFolder(dir)).not.toThrow();
    unlock();
  });
});
