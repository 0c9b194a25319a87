import { Client } from 'pg';
import { publicTables, quoteIdent } from './logical-dump';

/** Set by every restore, so it differs between a source and its copy by design. */
const MOVED_BY_RESTORE = ['outbox_clock'];

/**
 * Every table's row count and an MD5 of its rows in a stable order, rendered the same way on both
 * engines (UTC, row_to_json): two databases holding the same rows give the same digests.
 */
export async function tableDigests(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET TIME ZONE 'UTC'`);
    const out: Record<string, string> = {};
    for (const table of await publicTables(client)) {
      if (MOVED_BY_RESTORE.includes(table)) continue;
      const { rows } = await client.query<{ n: number; digest: string }>(
        `SELECT count(*)::int AS n, md5(COALESCE(string_agg(r, E'\\n' ORDER BY r), '')) AS digest FROM (SELECT row_to_json(t)::text AS r FROM ${quoteIdent(table)} t) x`,
      );
      out[table] = `${rows[0].n}:${rows[0].digest}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

/** The tables whose rows differ, with both sides' count:digest. */
export function digestDifferences(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((t) => a[t] !== b[t])
    .map((t) => `${t}: ${a[t] ?? 'missing'} vs ${b[t] ?? 'missing'}`);
}
