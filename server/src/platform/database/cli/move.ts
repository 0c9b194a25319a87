import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restoreBackup, writeBackup } from '../../backup/backup-runner';
import { describeRestore } from '../../backup/backup-report';
import { digestDifferences, tableDigests } from '../../backup/table-digest';
import { loadConfig } from '../../config/app-config';
import { openDatabaseTarget } from '../database-target';
import { runCli } from './with-cli-database';

const USAGE = [
  'Usage (the app stopped; DATA_DIR names the embedded database):',
  '  npm run db:move -- --to postgres://user@host:5432/kaoping     embedded → an empty PostgreSQL database',
  '  npm run db:move -- --from postgres://user@host:5432/kaoping   PostgreSQL → an empty embedded data folder',
  'Add --force to replace what the target holds.',
].join('\n');

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/**
 * `npm run db:move`: copies a department's database between the embedded engine and PostgreSQL —
 * the same migrations build the schema, a backup carries the rows — then compares every table's
 * rows on both sides before it says anything worked.
 */
runCli(async () => {
  const to = argument('--to');
  const from = argument('--from');
  if (!to === !from) throw new Error(USAGE);
  const embedded = await openDatabaseTarget(
    loadConfig({ ...process.env, DATABASE_URL: '', JWT_SECRET: process.env.JWT_SECRET ?? 'unused-by-cli' }),
  );
  const work = mkdtempSync(join(tmpdir(), 'kaoping-move-'));
  try {
    const [source, target, engine] = to ? [embedded.url, to, 'embedded' as const] : [from!, embedded.url, 'postgres' as const];
    const file = join(work, 'move.backup');
    await writeBackup(source, engine, file);
    const outcome = await restoreBackup(target, file, { force: process.argv.includes('--force') });
    console.log(describeRestore(outcome));
    const differences = digestDifferences(await tableDigests(source), await tableDigests(target));
    if (differences.length)
      throw new Error(`The copy differs from the source in ${differences.length} tables; do not switch over:\n${differences.join('\n')}`);
    console.log(`Every table's rows are identical on both sides (${Object.keys(outcome.rows).length} tables compared).`);
    console.log(
      to
        ? `Start Kaoping on PostgreSQL with:\n  DATABASE_URL=${to}`
        : `Start Kaoping on the embedded database with DATA_DIR=${process.env.DATA_DIR ?? '(the default ./data)'} and no DATABASE_URL.`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
    await embedded.close();
  }
});
