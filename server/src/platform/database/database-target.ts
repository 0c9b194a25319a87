import type { AppConfig } from '../config/app-config';
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseTarget {
  url: string;
  poolMax: number;
  embedded: boolean;
  /** The embedded engine's data folder as a tarball (backups of the running app). */
  snapshot?: () => Promise<Blob>;
  close(): Promise<void>;
}

/** DATABASE_URL when given, otherwise the embedded engine kept under DATA_DIR. */
export async function openDatabaseTarget(config: AppConfig): Promise<DatabaseTarget> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, poolMax: config.databasePoolMax, embedded: false, close: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
  return {
    url: embedded.url,
    poolMax: EMBEDDED_POOL_SIZE,
    embedded: true,
    snapshot: () => embedded.dump('none'),
    close: () => embedded.close(),
  };
}
