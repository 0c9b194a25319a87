import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../embedded-postgres';
import { pendingSchemaChanges, runMigrations } from '../run-migrations';

/**
 * Writes a new migration holding what the entities need beyond the existing migrations, computed
 * on a fresh embedded database. Usage (after `npm run build -w server`):
 *   node dist/platform/database/cli/generate-migration.js <kebab-name>
 * Review the file, move it to src/platform/database/migrations and register it in schema-registry.ts.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9-]+$/.test(name)) throw new Error('usage: generate-migration <kebab-case-name>');
  const db = await startEmbeddedPostgres({});
  try {
    await runMigrations(db.url);
    const { up, down } = await pendingSchemaChanges(db.url);
    if (up.length === 0) {
      console.log('Entities and migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()) + timestamp;
    const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
    const file = join(process.cwd(), `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
        `export class ${className} implements MigrationInterface {\n` +
        `  name = '${className}';\n\n` +
        `  async up(queryRunner: QueryRunner): Promise<void> {\n${lines(up)}\n  }\n\n` +
        `  async down(queryRunner: QueryRunner): Promise<void> {\n${lines(down)}\n  }\n}\n`,
    );
    console.log(`Wrote ${file}`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
