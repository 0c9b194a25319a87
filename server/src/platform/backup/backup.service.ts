import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseConnection } from '../../app.module';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { HealthChecks } from '../http/health-checks';
import { readBackupHeader } from './backup-file';
import { writeBackup, writeSnapshotBackup } from './backup-runner';
import { BACKUP_FILE_PATTERN, backupFileName, backupsToPrune, lastRunBefore, nextRunAfter } from './backup-schedule';

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');

export interface BackupInfo {
  name: string;
  bytes: number;
  createdAt: string;
  appVersion: string;
  schema: string | null;
}

export interface BackupStatus {
  backups: BackupInfo[];
  /** The daily backup's next run; null when it is off (PostgreSQL, or BACKUP_TIME=off). */
  nextRunAt: string | null;
  lastFailure: { at: string; message: string } | null;
  /** How many daily backups are kept (BACKUP_KEEP). */
  keep: number;
}

/** Written by `npm run backup` into DATA_DIR/backups/requests while the app runs; see the CLI. */
export const BACKUP_REQUESTS = 'requests';

/**
 * Backups of the running app into DATA_DIR/backups: daily on the embedded engine (BACKUP_TIME,
 * China time; the newest BACKUP_KEEP kept), on an administrator's request, and for `npm run backup`
 * (which signals the running app with SIGUSR2, as the data folder has one owner). One at a time.
 */
@Injectable()
export class BackupService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('backup');
  readonly dir: string;
  private timer: NodeJS.Timeout | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private lastFailure: BackupStatus['lastFailure'] = null;
  private readonly startedAt = new Date();
  private readonly onSignal = () => void this.answerRequests();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_CONNECTION) private readonly database: DatabaseConnection,
    private readonly checks: HealthChecks,
  ) {
    this.dir = join(config.dataDir, 'backups');
  }

  private get daily(): boolean {
    return Boolean(this.database.snapshot) && this.config.backupAtMinutes !== null;
  }

  onApplicationBootstrap(): void {
    if (this.database.snapshot) process.on('SIGUSR2', this.onSignal);
    if (!this.daily) return;
    this.scheduleNext();
    this.checks.register('backup', async () => this.problem());
  }

  onApplicationShutdown(): void {
    if (this.timer) clearTimeout(this.timer);
    process.off('SIGUSR2', this.onSignal);
  }

  /** Makes a backup now (after any under way) and keeps the newest BACKUP_KEEP. */
  backupNow(): Promise<BackupInfo> {
    const run = this.queue.then(() => this.makeBackup());
    this.queue = run.catch(() => undefined);
    return run;
  }

  status(): BackupStatus {
    return {
      backups: this.list(),
      nextRunAt: this.daily ? nextRunAfter(new Date(), this.config.backupAtMinutes!).toISOString() : null,
      lastFailure: this.lastFailure,
      keep: this.config.backupKeep,
    };
  }

  /** The path of one of the backups, or null when there is no such file. */
  fileOf(name: string): string | null {
    if (!BACKUP_FILE_PATTERN.test(name)) return null;
    const file = join(this.dir, name);
    return existsSync(file) ? file : null;
  }

  list(): BackupInfo[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((n) => BACKUP_FILE_PATTERN.test(n))
      .sort()
      .reverse()
      .flatMap((name) => {
        try {
          const { header } = readBackupHeader(join(this.dir, name));
          return [
            {
              name,
              bytes: statSync(join(this.dir, name)).size,
              createdAt: header.createdAt,
              appVersion: header.appVersion,
              schema: header.migrations.at(-1) ?? null,
            },
          ];
        } catch {
          return [];
        }
      });
  }

  private async makeBackup(): Promise<BackupInfo> {
    mkdirSync(this.dir, { recursive: true });
    const name = backupFileName(new Date());
    const file = join(this.dir, name);
    const started = Date.now();
    try {
      const header = this.database.snapshot
        ? await writeSnapshotBackup(this.database.url, this.database.snapshot, file)
        : await writeBackup(this.database.url, 'postgres', file);
      for (const old of backupsToPrune(readdirSync(this.dir), this.config.backupKeep)) rmSync(join(this.dir, old), { force: true });
      this.lastFailure = null;
      const bytes = statSync(file).size;
      this.logger.log({ msg: 'backup written', file, bytes, ms: Date.now() - started });
      return { name, bytes, createdAt: header.createdAt, appVersion: header.appVersion, schema: header.migrations.at(-1) ?? null };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.lastFailure = { at: new Date().toISOString(), message };
      this.logger.error({ msg: 'backup failed', err: message });
      throw error;
    }
  }

  private scheduleNext(): void {
    const delay = nextRunAfter(new Date(), this.config.backupAtMinutes!).getTime() - Date.now();
    // timers cap at ~24.8 days; a day is well inside
    this.timer = setTimeout(() => {
      void this.backupNow()
        .catch(() => undefined)
        .finally(() => this.scheduleNext());
    }, delay);
    this.timer.unref();
  }

  /** A failed last backup, or a daily run that should have happened and left no backup. */
  private problem() {
    if (this.lastFailure) return { check: 'backup', count: 1, message: `备份失败：${this.lastFailure.message}` };
    const due = lastRunBefore(new Date(), this.config.backupAtMinutes!);
    const newest = this.list()[0];
    if (due > this.startedAt && (!newest || new Date(newest.createdAt) < due)) {
      return { check: 'backup', count: 1, message: `缺少 ${due.toISOString()} 的每日备份：请检查 ${this.dir} 的磁盘空间与权限` };
    }
    return null;
  }

  /** Answers each `npm run backup` request file with the backup it asked for, or the error. */
  private async answerRequests(): Promise<void> {
    const requests = join(this.dir, BACKUP_REQUESTS);
    if (!existsSync(requests)) return;
    for (const request of readdirSync(requests).filter((n) => n.endsWith('.request'))) {
      const id = request.slice(0, -'.request'.length);
      rmSync(join(requests, request), { force: true });
      const answer = await this.backupNow().then(
        (info) => ({ file: join(this.dir, info.name) }),
        (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
      );
      writeFileSync(join(requests, `${id}.answer`), JSON.stringify(answer));
    }
  }
}

/** For the CLI: the answer the app left for a request, or null while there is none. */
export function readBackupAnswer(dir: string, id: string): { file?: string; error?: string } | null {
  const file = join(dir, BACKUP_REQUESTS, `${id}.answer`);
  if (!existsSync(file)) return null;
  const answer = JSON.parse(readFileSync(file, 'utf8')) as { file?: string; error?: string };
  rmSync(file, { force: true });
  return answer;
}
