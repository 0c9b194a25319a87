import type { Client } from 'pg';

/**
 * The rows of every table of the public schema as text lines, the same on both engines:
 * `T\t{"table","columns"}` opens a table, `R\t<row_to_json>` is one row. Rows stay text from
 * PostgreSQL to PostgreSQL (the restore hands them to json_populate_recordset), so numerics,
 * timestamps and jsonb keep their exact values. Generated columns are left out; the schema itself
 * comes from the migrations, listed in the backup's header.
 */
export interface DumpResult {
  migrations: string[];
  tables: Record<string, number>;
}

const FETCH_ROWS = 1000;
/** Kept apart: the header lists the migrations, and restore builds the schema from them. */
const MIGRATIONS_TABLE = 'schema_migration';

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export async function publicTables(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1 ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((r) => r.name);
}

/** Stored columns in table order (generated ones are computed again on restore). */
export async function storedColumns(client: Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = ('public.' || quote_ident($1))::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
      ORDER BY attnum`,
    [table],
  );
  return rows.map((r) => r.name);
}

export async function appliedMigrations(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public.${MIGRATIONS_TABLE}') IS NOT NULL AS exists`);
  if (!rows[0].exists) return [];
  return (await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY timestamp, id`)).rows.map((r) => r.name);
}

/**
 * Writes every row of one consistent snapshot: a REPEATABLE READ, READ ONLY transaction, which on
 * PostgreSQL lets autosaves and submits go on while it reads.
 */
export async function dumpDatabase(client: Client, write: (line: string) => Promise<void>): Promise<DumpResult> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const migrations = await appliedMigrations(client);
    const tables: Record<string, number> = {};
    for (const table of await publicTables(client)) {
      const columns = await storedColumns(client, table);
      await write(`T\t${JSON.stringify({ table, columns })}`);
      const list = columns.map(quoteIdent).join(', ');
      await client.query(
        `DECLARE kp_dump NO SCROLL CURSOR FOR SELECT row_to_json(x)::text AS r FROM (SELECT ${list} FROM ${quoteIdent(table)}) x`,
      );
      let count = 0;
      for (;;) {
        const { rows } = await client.query<{ r: string }>(`FETCH ${FETCH_ROWS} FROM kp_dump`);
        for (const row of rows) await write(`R\t${row.r}`);
        count += rows.length;
        if (rows.length < FETCH_ROWS) break;
      }
      await client.query('CLOSE kp_dump');
      tables[table] = count;
    }
    await client.query('COMMIT');
    return { migrations, tables };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export class RestoreError extends Error {}

const BATCH_ROWS = 500;
const BATCH_BYTES = 4 << 20;

/**
 * Loads the lines into a database whose schema the same migrations built, in one transaction:
 * foreign keys are dropped for the load and added again (which checks every row), triggers are
 * off while it runs, identity
 * sequences continue after the largest id, and the outbox's clock is moved past the restored
 * events so that consumers never skip a new one. Row counts must match the header's.
 */
export async function loadDatabase(
  client: Client,
  lines: AsyncIterable<string>,
  expected: Record<string, number>,
): Promise<Record<string, number>> {
  await client.query('BEGIN');
  try {
    const tables = await publicTables(client);
    const foreignKeys = (
      await client.query<{ tbl: string; name: string; def: string }>(
        `SELECT c.relname AS tbl, k.conname AS name, pg_get_constraintdef(k.oid) AS def
           FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE k.contype = 'f' AND n.nspname = 'public'`,
      )
    ).rows;
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${quoteIdent(fk.tbl)} DROP CONSTRAINT ${quoteIdent(fk.name)}`);
    if (tables.length) await client.query(`TRUNCATE ${tables.map(quoteIdent).join(', ')}`);
    // the rows are restored as they were: no trigger may react to loading them (kpi's data version)
    for (const name of tables) await client.query(`ALTER TABLE ${quoteIdent(name)} DISABLE TRIGGER USER`);

    const counts: Record<string, number> = {};
    let table: string | null = null;
    let insert = '';
    let batch: string[] = [];
    let batchBytes = 0;
    const flush = async () => {
      if (!batch.length || !table) return;
      await client.query(insert, [`[${batch.join(',')}]`]);
      counts[table] += batch.length;
      batch = [];
      batchBytes = 0;
    };
    for await (const line of lines) {
      if (line.startsWith('R\t')) {
        if (!table) throw new RestoreError('the backup has rows before any table');
        const row = line.slice(2);
        batch.push(row);
        batchBytes += row.length;
        if (batch.length >= BATCH_ROWS || batchBytes >= BATCH_BYTES) await flush();
      } else if (line.startsWith('T\t')) {
        await flush();
        const { table: name, columns } = JSON.parse(line.slice(2)) as { table: string; columns: string[] };
        if (!tables.includes(name)) throw new RestoreError(`the backup holds a table this schema does not have: ${name}`);
        const here = await storedColumns(client, name);
        const missing = columns.filter((c) => !here.includes(c));
        if (missing.length) throw new RestoreError(`table ${name}: the backup has columns this schema does not: ${missing.join(', ')}`);
        table = name;
        counts[name] = 0;
        const list = columns.map(quoteIdent).join(', ');
        insert = `INSERT INTO ${quoteIdent(name)} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM json_populate_recordset(NULL::${quoteIdent(name)}, $1::json)`;
      } else if (line !== '') {
        throw new RestoreError('the backup holds a line that is neither a table nor a row');
      }
    }
    await flush();

    for (const [name, n] of Object.entries(expected)) {
      if ((counts[name] ?? 0) !== n) throw new RestoreError(`table ${name}: ${counts[name] ?? 0} rows read where the header promises ${n}`);
    }
    for (const name of tables) await client.query(`ALTER TABLE ${quoteIdent(name)} ENABLE TRIGGER USER`);
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${quoteIdent(fk.tbl)} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.def}`);
    await continueSequences(client);
    await advanceOutboxClock(client);
    await client.query('COMMIT');
    return counts;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Identity and serial columns go on after the largest restored value. */
async function continueSequences(client: Client): Promise<void> {
  const { rows } = await client.query<{ tbl: string; col: string; seq: string }>(
    `SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
  );
  for (const r of rows) {
    await client.query(`SELECT setval($1, COALESCE((SELECT max(${quoteIdent(r.col)}) FROM ${quoteIdent(r.tbl)}), 0) + 1, false)`, [r.seq]);
  }
}

/**
 * Outbox events are ordered by the id of the transaction that wrote them, and a fresh database's
 * transaction ids start low: without an offset, every event written after a restore would sort
 * before the restored ones and a consumer's cursor would pass it by (decisions: backups).
 */
export async function advanceOutboxClock(client: Client): Promise<void> {
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public.outbox_clock') IS NOT NULL AS exists`);
  if (!rows[0].exists) return;
  await client.query(
    `UPDATE outbox_clock SET xid_offset = GREATEST(0, GREATEST(
        (SELECT COALESCE(max(tx_id), 0) FROM domain_event),
        (SELECT COALESCE(max(tx_id), 0) FROM event_cursor)
      ) + 1 - (pg_current_xact_id()::text)::bigint)`,
  );
}
