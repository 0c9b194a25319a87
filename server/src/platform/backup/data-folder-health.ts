import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import type { DatabaseConnection } from '../../app.module';
import { freeBytesAt } from '../database/data-folder-check';
import { HealthChecks } from '../http/health-checks';
import { DATABASE_CONNECTION } from './backup.service';

/** Warn well before the embedded engine's disk is full: backups and the WAL both need room. */
export const LOW_DISK_BYTES = 512 * 1024 * 1024;

/** `/api/health` is degraded while the disk holding the embedded data folder runs low. */
@Injectable()
export class DataFolderHealth implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_CONNECTION) private readonly database: DatabaseConnection,
    private readonly checks: HealthChecks,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.database.snapshot) return;
    this.checks.register('disk', async () => lowDiskProblem(freeBytesAt(this.config.dataDir)));
  }
}

export function lowDiskProblem(freeBytes: number) {
  if (freeBytes >= LOW_DISK_BYTES) return null;
  const mb = Math.floor(freeBytes / (1024 * 1024));
  return { check: 'disk', count: mb, message: `数据目录所在磁盘只剩 ${mb} MB：请尽快释放空间（例如把较早的备份移到别处）` };
}
