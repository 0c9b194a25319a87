import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/platform/database/data-source-options';
import { openTestDatabase, TestDatabase } from './test-database';

/** For `*.db-spec.ts`: a migrated, demo-seeded database of the run's engine, reached as the repositories reach it. */
export interface RepositoryDatabase {
  engine: TestDatabase['engine'];
  dataSource: DataSource;
  close(): Promise<void>;
}

export async function openRepositoryDatabase(): Promise<RepositoryDatabase> {
  const db = await openTestDatabase();
  const dataSource = await new DataSource(dataSourceOptions(db.url, db.poolMax)).initialize();
  return {
    engine: db.engine,
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await db.close();
    },
  };
}
