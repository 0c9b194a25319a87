import type { DataSourceOptions } from 'typeorm';
import { ENTITIES, MIGRATIONS } from './schema-registry';

export function dataSourceOptions(url: string, poolMax: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    logging: process.env.NODE_ENV === 'test' ? false : ['error'],
    extra: { max: poolMax, connectionTimeoutMillis: 10_000 },
  };
}
