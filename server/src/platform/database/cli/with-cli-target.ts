import { loadConfig } from '../../config/app-config';
import { openDatabaseTarget } from '../database-target';

/**
 * DATABASE_URL, or the embedded database in DATA_DIR, opened for a command-line tool without
 * migrating it (backup and restore decide that themselves). The embedded folder has one owner:
 * while the app runs, its own lock refuses a second process.
 */
export async function withCliTarget<T>(work: (url: string, engine: 'embedded' | 'postgres') => Promise<T>): Promise<T> {
  const database = await openDatabaseTarget(loadConfig({ ...process.env, JWT_SECRET: process.env.JWT_SECRET ?? 'unused-by-cli' }));
  try {
    return await work(database.url, database.embedded ? 'embedded' : 'postgres');
  } finally {
    await database.close();
  }
}
