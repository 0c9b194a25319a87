import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseBackupTime } from '../backup/backup-schedule';

export interface AppConfig {
  port: number;
  /** A real PostgreSQL; when absent the embedded engine under dataDir is used. */
  databaseUrl: string | undefined;
  /** Connections each instance keeps to DATABASE_URL (the embedded engine has one). */
  databasePoolMax: number;
  dataDir: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Folder of the built client; served with an SPA fallback when it exists. */
  clientDist: string;
  redisUrl: string | undefined;
  /** Seed the demo organisation into an empty database (embedded default only, unless asked). */
  seedDemo: boolean;
  trustProxy: boolean;
  /** How often each instance looks for attempts past their deadline; 0 turns the sweeper off. */
  sweepIntervalMs: number;
  /**
   * Submitted attempts each instance scores at once. A submit waits for its score while fewer than
   * twice this many wait; in a storm it is acknowledged at once and scored moments later.
   */
  scoringConcurrency: number;
  /** The embedded engine's daily backup, minutes after midnight in China; null turns it off (BACKUP_TIME=off). */
  backupAtMinutes: number | null;
  /** Daily backups kept in DATA_DIR/backups. */
  backupKeep: number;
  /** The least evidence per dimension and window the competency record shows a level on (decisions §23). */
  competencyMinimum: { items: number; points: number };
}

/** The repository (or image) root: the folder holding server/, client/ and question-bank/. */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  // npm runs the workspace scripts in server/: a relative DATA_DIR means where the command was typed
  const dataDir = resolve(env.INIT_CWD ?? process.cwd(), nonEmpty(env.DATA_DIR) ?? join(REPO_ROOT, 'data'));
  return {
    port: intFrom(env.PORT, 3000, 'PORT'),
    databaseUrl,
    databasePoolMax: intFrom(env.DATABASE_POOL_MAX, 20, 'DATABASE_POOL_MAX'),
    dataDir,
    jwtSecret: nonEmpty(env.JWT_SECRET) ?? embeddedSecret(databaseUrl, dataDir),
    accessTokenTtlSeconds: intFrom(env.ACCESS_TOKEN_TTL_SECONDS, 15 * 60, 'ACCESS_TOKEN_TTL_SECONDS'),
    refreshTokenTtlSeconds: intFrom(env.REFRESH_TOKEN_TTL_SECONDS, 7 * 24 * 3600, 'REFRESH_TOKEN_TTL_SECONDS'),
    clientDist: resolve(nonEmpty(env.CLIENT_DIST) ?? join(REPO_ROOT, 'client', 'dist')),
    redisUrl: nonEmpty(env.REDIS_URL),
    seedDemo: env.SEED_DEMO ? env.SEED_DEMO === 'true' : databaseUrl === undefined,
    trustProxy: env.TRUST_PROXY === 'true',
    sweepIntervalMs: env.SWEEP_INTERVAL_MS === '0' ? 0 : intFrom(env.SWEEP_INTERVAL_MS, 2000, 'SWEEP_INTERVAL_MS'),
    scoringConcurrency: intFrom(env.SCORING_CONCURRENCY, 4, 'SCORING_CONCURRENCY'),
    backupAtMinutes: backupTimeFrom(env.BACKUP_TIME),
    backupKeep: intFrom(env.BACKUP_KEEP, 14, 'BACKUP_KEEP'),
    competencyMinimum: {
      items: intFrom(env.COMPETENCY_MIN_ITEMS, 5, 'COMPETENCY_MIN_ITEMS'),
      points: intFrom(env.COMPETENCY_MIN_POINTS, 10, 'COMPETENCY_MIN_POINTS'),
    },
  };
}

function backupTimeFrom(value: string | undefined): number | null {
  if (value?.trim() === 'off') return null;
  const minutes = parseBackupTime(value ?? '03:00');
  if (minutes === null) throw new Error(`BACKUP_TIME must be HH:MM (China time) or off, got "${value}"`);
  return minutes;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

/**
 * With a real database several instances run behind a load balancer and must share JWT_SECRET,
 * so it is required there. The embedded engine is single-instance by construction: a secret kept
 * beside its data keeps sessions valid across restarts.
 */
function embeddedSecret(databaseUrl: string | undefined, dataDir: string): string {
  if (databaseUrl) throw new Error('JWT_SECRET is required when DATABASE_URL is set (every instance must share it)');
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
