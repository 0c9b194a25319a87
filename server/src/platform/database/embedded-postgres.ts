import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDataFolderBeforeOpen, DataFolderDamagedError, openFailedMessage, recordDataFolderManifest } from './data-folder-check';
import { lockDataFolder } from './data-folder-lock';

/** Connections the socket server accepts (the app, the migration lock, a psql for debugging). */
const EMBEDDED_MAX_CONNECTIONS = 8;

/**
 * The app's pool on the embedded engine holds ONE connection. PGlite runs one query at a time
 * anyway, and the socket server interleaves the extended-protocol messages (Parse/Bind/Execute) of
 * concurrent connections that are not inside a transaction: measured here as "bind message supplies
 * 2 parameters, but prepared statement requires 1" and "portal does not exist" under ten concurrent
 * requests. One connection queues them in the pool instead. Consequence: code must never wait,
 * inside a transaction, for a query on another connection — pass the transaction's EntityManager.
 */
export const EMBEDDED_POOL_SIZE = 1;
const SOCKET_PORT = 5432;

export interface EmbeddedPostgres {
  /** A postgres:// URL the stock `pg` driver (and psql) can use. */
  url: string;
  /** The whole database as a tarball, for loading into another instance (test templates, backups). */
  dump(compression?: 'none' | 'gzip'): Promise<Blob>;
  close(): Promise<void>;
}

/**
 * Serves a PGlite database over a unix socket with the PostgreSQL wire protocol, so TypeORM's
 * ordinary postgres driver talks to it exactly as to a real server. The socket server pins PGlite's
 * single session to the connection that holds an open transaction, which keeps concurrent
 * transactions isolated (the ready-made TypeORM PGlite driver does not: STACK-NOTES.md).
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; loadDataDir?: Blob }): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir;
  const unlock = dataDir ? lockDataFolder(dataDir) : () => undefined;
  try {
    if (dataDir) checkDataFolderBeforeOpen(dataDir);
    const pgDir = dataDir ? join(dataDir, 'pgdata') : undefined;
    if (pgDir) mkdirSync(pgDir, { recursive: true });
    // pg_trgm backs substring search of question text (Chinese included)
    const db = await PGlite.create({ dataDir: pgDir, loadDataDir: options.loadDataDir, extensions: { pg_trgm } }).catch(
      (error: unknown) => {
        throw dataDir ? new DataFolderDamagedError(openFailedMessage(dataDir, error)) : error;
      },
    );
    // unix socket paths are limited to ~107 bytes, so the socket lives in a short temp folder
    const socketDir = mkdtempSync(join(tmpdir(), 'kp-'));
    const server = new PGLiteSocketServer({
      db,
      path: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`),
      maxConnections: EMBEDDED_MAX_CONNECTIONS,
    });
    await server.start();
    const url = `postgres://postgres@localhost:${SOCKET_PORT}/postgres?host=${encodeURIComponent(socketDir)}`;
    return {
      url,
      dump: (compression = 'none') => db.dumpDataDir(compression),
      async close() {
        await server.stop();
        await db.close();
        rmSync(socketDir, { recursive: true, force: true });
        if (dataDir) recordDataFolderManifest(dataDir);
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
