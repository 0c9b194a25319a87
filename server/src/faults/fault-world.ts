import { BENCH_PASSWORD, BenchWorld, benchQuery, buildWorld, dropWorld, withDatabase } from '../bench/bench-world';
import { Candidate } from '../bench/candidate';
import { LatencyRecorder } from '../bench/latency-stats';
import { verify, Verification } from '../bench/verify';
import { GRACE_SECONDS } from '../modules/exams/domain/attempt-window';

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Scene {
  world: BenchWorld;
  stats: LatencyRecorder;
  candidates: Candidate[];
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fresh database and server with `count` candidates already logged in and started on an open exam. */
export async function openScene(count: number, examMinutes = 10): Promise<Scene> {
  const world = await buildWorld({
    engine: 'postgres',
    adminUrl: ADMIN_URL,
    candidates: count,
    questions: 20,
    rampSeconds: 0,
    examMinutes,
    opensInSeconds: 1,
    sweepIntervalMs: 500,
    measureRaw: async () => 0,
  });
  await sleep(Math.max(0, world.opensAt.getTime() - Date.now() + 200));
  const stats = new LatencyRecorder();
  const candidates = world.usernames.map((u) => new Candidate(u, BENCH_PASSWORD, world.baseUrl, stats));
  for (const c of candidates) {
    if (!(await c.login()) || !(await c.start(world.examSittingId))) throw new Error(`${c.username} could not start`);
  }
  return { world, stats, candidates };
}

export async function closeScene(scene: Scene): Promise<void> {
  await scene.world.stop().catch(() => undefined);
  await dropWorld(scene.world, ADMIN_URL).catch(() => undefined);
}

/** Retries until the server acknowledges (a crash may cost availability for seconds, never an answer). */
export async function untilAcknowledged(work: () => Promise<boolean>, seconds = 30): Promise<boolean> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (await work()) return true;
    await sleep(250);
  }
  return false;
}

export async function flushAll(candidates: Candidate[]): Promise<void> {
  await Promise.all(candidates.map((c) => untilAcknowledged(async () => (await c.autosave(), !c.hasUnsaved()))));
}

export async function submitAll(candidates: Candidate[]): Promise<void> {
  await Promise.all(candidates.map((c) => untilAcknowledged(async () => (await c.submit(), c.submitted))));
}

/**
 * Waits for every submitted attempt to be scored: a submit acknowledged just before a crash is
 * scored by the sweeper once it counts as stranded (10 s), so this allows 30.
 */
export async function untilScored(scene: Scene): Promise<boolean> {
  return untilAcknowledged(async () => {
    const [{ n }] = await benchQuery<{ n: number }>(
      scene.world.databaseUrl!,
      `SELECT count(*)::int AS n FROM attempt WHERE sitting_id = $1 AND status = 'scoring'`,
      [scene.world.examSittingId],
    );
    return n === 0;
  }, 30);
}

export function check(scene: Scene): Promise<Verification> {
  return withDatabase(scene.world, (url) => verify(url, scene.world.examSittingId, scene.candidates, GRACE_SECONDS));
}
