import { hash } from '@node-rs/argon2';
import { spawn, ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { seedDemoIfEmpty } from '../demo/demo-seed';
import { startEmbeddedPostgres } from '../platform/database/embedded-postgres';
import { runMigrations } from '../platform/database/run-migrations';
import { DashboardWorld, seedDashboardData } from './dashboard-data';

export const BENCH_PASSWORD = 'bench-password-2026';
const DIST = join(__dirname, '..');

export interface BenchWorld {
  databaseUrl: string | null;
  dataDir: string | null;
  baseUrl: string;
  server: ChildProcess;
  examSittingId: string;
  saturationSittingId: string;
  rawUpsertPerSecond: number;
  opensAt: Date;
  usernames: string[];
  dashboard: DashboardWorld | null;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** kill -9: no shutdown hooks, no flushing, as a crash. */
  kill9(): Promise<void>;
}

/** Runs work against the bench database: PostgreSQL directly, or the embedded folder opened in this process. */
export async function withDatabase<T>(
  world: { databaseUrl: string | null; dataDir: string | null },
  work: (url: string) => Promise<T>,
): Promise<T> {
  if (world.databaseUrl) return work(world.databaseUrl);
  const embedded = await startEmbeddedPostgres({ dataDir: world.dataDir! });
  try {
    return await work(embedded.url);
  } finally {
    await embedded.close();
  }
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * A fresh database with the demo organisation and banks, N bench candidates in one team, a fixed
 * paper of Q questions, the exam-day sitting (opening after the login ramp) and a sitting for the
 * autosave saturation test; then the real server on a free port.
 */
export async function buildWorld(options: {
  engine: 'postgres' | 'embedded';
  adminUrl: string;
  candidates: number;
  questions: number;
  rampSeconds: number;
  examMinutes: number;
  measureRaw: (url: string) => Promise<number>;
  /** The exam window opens this long after seeding; defaults to the login ramp plus 45 s. */
  opensInSeconds?: number;
  sweepIntervalMs?: number;
  /** Seeds the manager-dashboard scenario too (people × years of history). */
  dashboard?: { people: number; years: number };
  /** The embedded engine's folder (a small disk, say); a fresh temporary folder by default. */
  dataDir?: string;
}): Promise<BenchWorld> {
  let databaseUrl: string | null = null;
  let dataDir: string | null = null;
  const dbName = `kaoping_bench_${Date.now()}`;
  const env: NodeJS.ProcessEnv = {
    JWT_SECRET: 'bench-secret-not-for-production',
    LOG_LEVEL: 'warn',
    SWEEP_INTERVAL_MS: String(options.sweepIntervalMs ?? 1000),
  };
  if (options.engine === 'postgres') {
    await query(options.adminUrl, `CREATE DATABASE ${dbName}`);
    const url = new URL(options.adminUrl);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
    env.DATABASE_URL = databaseUrl;
  } else {
    dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kaoping-bench-'));
    env.DATA_DIR = dataDir;
  }
  const port = 3900 + Math.floor(Math.random() * 90);
  env.PORT = String(port);
  const passwordHash = await hash(BENCH_PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  // seed before the server starts: the embedded engine's folder can have only one owner at a time
  const ids = await withDatabase({ databaseUrl, dataDir }, async (url) => {
    await runMigrations(url);
    await seedDemoIfEmpty(url);
    // first, so its minutes of seeding do not eat into the login ramp before the window opens
    const dashboard = options.dashboard?.people
      ? await seedDashboardData(url, options.dashboard.people, options.dashboard.years, passwordHash)
      : null;
    // the raw limit, the server's start and the autosave ceiling (~30 s) come before the login ramp
    const opensAt = new Date(Date.now() + (options.opensInSeconds ?? options.rampSeconds + 45) * 1000);
    await seedBenchData(url, options, passwordHash, opensAt);
    const [exam] = await query<{ id: string }>(url, `SELECT id FROM sitting WHERE title = 'bench exam'`);
    const [saturation] = await query<{ id: string }>(url, `SELECT id FROM sitting WHERE title = 'bench saturation'`);
    // the raw limit is measured here too: the embedded folder is unreachable once the server owns it
    const rawUpsertPerSecond = await options.measureRaw(url);
    return { exam: exam.id, saturation: saturation.id, rawUpsertPerSecond, dashboard, opensAt };
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const world: BenchWorld = {
    databaseUrl,
    dataDir,
    baseUrl,
    server: undefined as unknown as ChildProcess,
    rawUpsertPerSecond: ids.rawUpsertPerSecond,
    examSittingId: ids.exam,
    saturationSittingId: ids.saturation,
    opensAt: ids.opensAt,
    dashboard: ids.dashboard,
    usernames: Array.from({ length: options.candidates }, (_, i) => benchUsername(i)),
    async start() {
      // BENCH_SERVER_NODE_ARGS, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof', to profile the server under load
      const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
      world.server = spawn(process.execPath, [...nodeArgs, join(DIST, 'main.js')], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      for (let i = 0; i < 120; i++) {
        await new Promise((r) => setTimeout(r, 250));
        if (
          await fetch(`${baseUrl}/api/health`).then(
            (r) => r.ok,
            () => false,
          )
        )
          return;
      }
      throw new Error('the server did not come up');
    },
    async stop() {
      const server = world.server;
      if (server.exitCode !== null || server.signalCode !== null) return;
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    },
    async kill9() {
      const server = world.server;
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGKILL');
      await exited;
    },
  };
  await world.start();
  return world;
}

export function benchUsername(i: number): string {
  return `bench${String(i + 1).padStart(5, '0')}`;
}

async function seedBenchData(
  url: string,
  options: { candidates: number; questions: number; examMinutes: number },
  passwordHash: string,
  opensAt: Date,
): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const [root] = (await client.query(`SELECT id, path FROM org_unit WHERE parent_id IS NULL LIMIT 1`)).rows as Array<{
      id: string;
      path: string;
    }>;
    const [team] = (await client.query(`INSERT INTO org_unit (name, parent_id, path) VALUES ('压测组', $1, '') RETURNING id`, [root.id]))
      .rows as Array<{ id: string }>;
    await client.query(`UPDATE org_unit SET path = $2 WHERE id = $1`, [team.id, `${root.path}${team.id}/`]);
    await client.query(
      `INSERT INTO app_user (username, display_name, password_hash, roles, unit_id)
       SELECT 'bench' || lpad(g::text, 5, '0'), '压测考生' || g, $1, '{staff}', $2 FROM generate_series(1, $3) g`,
      [passwordHash, team.id, options.candidates],
    );
    const questions = (
      await client.query(
        `SELECT id, current_version AS version FROM question WHERE status = 'active' AND type <> 'essay' ORDER BY key LIMIT $1`,
        [options.questions],
      )
    ).rows as Array<{ id: string; version: number }>;
    const structure = {
      kind: 'fixed',
      sections: [{ title: '全部', slots: questions.map((q) => ({ questionId: q.id, version: q.version, points: 2 })) }],
    };
    const [paper] = (
      await client.query(
        `INSERT INTO paper (title, kind, structure, multiple_rule, owner_unit_id) VALUES ('bench paper', 'fixed', $1, 'partial_half', $2) RETURNING id`,
        [JSON.stringify(structure), root.id],
      )
    ).rows as Array<{ id: string }>;
    const policy = JSON.stringify({
      afterSubmit: { score: true, correctness: false, rightAnswers: false, explanations: false },
      afterClose: { score: true, correctness: true, rightAnswers: true, explanations: true },
    });
    for (const [title, opens, minutes] of [
      ['bench exam', opensAt, options.examMinutes],
      ['bench saturation', new Date(), 600],
    ] as const) {
      const [sitting] = (
        await client.query(
          `INSERT INTO sitting (paper_id, title, opens_at, closes_at, duration_minutes, attempts_allowed, review_policy, owner_unit_id)
           VALUES ($1, $2, $3, $4, $5, 1, $6, $7) RETURNING id`,
          [paper.id, title, opens, new Date(opens.getTime() + 24 * 3600_000), minutes, policy, root.id],
        )
      ).rows as Array<{ id: string }>;
      await client.query(`INSERT INTO sitting_assignee (sitting_id, unit_id) VALUES ($1, $2)`, [sitting.id, team.id]);
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

export async function dropWorld(world: BenchWorld, adminUrl: string): Promise<void> {
  if (world.databaseUrl) {
    const name = new URL(world.databaseUrl).pathname.slice(1);
    await query(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  if (world.dataDir) rmSync(world.dataDir, { recursive: true, force: true });
}

export { query as benchQuery };
