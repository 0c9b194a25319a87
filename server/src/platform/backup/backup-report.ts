import type { BackupHeader } from './backup-file';
import type { RestoreOutcome } from './backup-runner';

const rowsOf = (tables: Record<string, number>): string =>
  Object.entries(tables)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `  ${table.padEnd(28)} ${n}`)
    .join('\n');

/** What a person looking after the server reads after a backup. */
export function describeBackup(header: BackupHeader): string {
  const total = Object.values(header.tables).reduce((s, n) => s + n, 0);
  const made = `Kaoping ${header.appVersion}, ${header.engine} engine, schema ${header.migrations.at(-1) ?? '(empty)'}, made ${header.createdAt}`;
  if (header.payload === 'pgdata') {
    return `${made}
The running app's data folder, ${(header.payloadBytes / 1024 / 1024).toFixed(1)} MB compressed, sha256 ${header.payloadSha256} (restore counts its rows)`;
  }
  return [
    made,
    `${total} rows in ${Object.keys(header.tables).length} tables, ${(header.payloadBytes / 1024 / 1024).toFixed(1)} MB compressed, sha256 ${header.payloadSha256}`,
    rowsOf(header.tables),
  ].join('\n');
}

export function describeRestore(outcome: RestoreOutcome): string {
  const total = Object.values(outcome.rows).reduce((s, n) => s + n, 0);
  return [
    `Restored the backup made ${outcome.header.createdAt} by Kaoping ${outcome.header.appVersion} (${outcome.header.engine} engine): ${total} rows`,
    rowsOf(outcome.rows),
    outcome.upgradedBy.length ? `Then upgraded the schema: ${outcome.upgradedBy.join(', ')}` : 'The schema was already current.',
  ].join('\n');
}
