import { DataSource } from 'typeorm';
import { loadConfig } from '../../config/app-config';
import { dataSourceOptions } from '../data-source-options';
import { openDatabaseTarget } from '../database-target';
import { runMigrations } from '../run-migrations';

/**
 * For command-line tools: DATABASE_URL, or the embedded database (only while the app is stopped —
 * its folder has one owner), migrated, with a small data source for the work.
 */
export async function withCliDatabase<T>(work: (dataSource: DataSource, url: string) => Promise<T>): Promise<T> {
  const database = await openDatabaseTarget(loadConfig({ ...process.env, JWT_SECRET: process.env.JWT_SECRET ?? 'unused-by-cli' }));
  try {
    await runMigrations(database.url);
    const dataSource = await new DataSource(dataSourceOptions(database.url, 1)).initialize();
    try {
      return await work(dataSource, database.url);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.close();
  }
}

/** Runs a CLI's main, printing only the message of an error and exiting 1. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
