import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_PASSWORD, buildWorld, dropWorld, withDatabase } from '../bench/bench-world';
import { Candidate } from '../bench/candidate';
import { LatencyRecorder } from '../bench/latency-stats';
import { verify } from '../bench/verify';
import { GRACE_SECONDS } from '../modules/exams/domain/attempt-window';
import { ADMIN_URL, flushAll, sleep, submitAll } from './fault-world';
import type { Outcome } from './scenarios';

const MOUNT = '/tmp/kaoping-small-disk';

/**
 * The embedded engine on a small disk (a tmpfs, so root is needed) that fills up while candidates
 * autosave: saves get 503 `common.diskFull`, nothing acknowledged is lost, the server stays up, and
 * it carries on once space returns, without a restart.
 */
export async function diskFullScenario(): Promise<Outcome> {
  if (!mountSmallDisk()) return { ok: true, details: 'skipped: mounting a tmpfs needs root' };
  const filler = join(MOUNT, 'filler');
  try {
    const world = await buildWorld({
      engine: 'embedded',
      adminUrl: ADMIN_URL,
      dataDir: join(MOUNT, 'data'),
      candidates: 20,
      questions: 20,
      rampSeconds: 0,
      examMinutes: 10,
      opensInSeconds: 1,
      sweepIntervalMs: 500,
      measureRaw: async () => 0,
    });
    const problems: string[] = [];
    try {
      await sleep(Math.max(0, world.opensAt.getTime() - Date.now() + 200));
      const stats = new LatencyRecorder();
      const candidates = world.usernames.map((u) => new Candidate(u, BENCH_PASSWORD, world.baseUrl, stats));
      for (const c of candidates)
        if (!(await c.login()) || !(await c.start(world.examSittingId))) throw new Error(`${c.username} could not start`);
      await autosaveFor(candidates, 2000);
      fillDisk(filler);
      // rows are updated in place while their pages have room: keep saving until the files must grow
      const refused = () => candidates.reduce((n, c) => n + (c.errorCodes.get('common.diskFull') ?? 0), 0);
      for (let waited = 0; waited < 90_000 && refused() < 20; waited += 3000) await autosaveFor(candidates, 3000);
      const diskFull = refused();
      const other = candidates.flatMap((c) => [...c.errorCodes.keys()].filter((code) => code !== 'common.diskFull'));
      if (!diskFull) problems.push('no save was refused with common.diskFull while the disk was full');
      if (other.length) problems.push(`other errors while the disk was full: ${[...new Set(other)].join(', ')}`);
      const health = await fetch(`${world.baseUrl}/api/health`).then((r) => r.json() as Promise<{ problems?: Array<{ check: string }> }>);
      if (!health.problems?.some((p) => p.check === 'disk')) problems.push('/api/health did not report the full disk');
      rmSync(filler);
      await flushAll(candidates);
      await submitAll(candidates);
      if (candidates.some((c) => !c.submitted)) problems.push('not every candidate could submit after space returned');
      await world.stop();
      const v = await withDatabase(world, (url) => verify(url, world.examSittingId, candidates, GRACE_SECONDS));
      if (v.lostAnswers) problems.push(`${v.lostAnswers} of ${v.acknowledgedAnswers} acknowledged answers lost`);
      return {
        ok: problems.length === 0,
        details: problems.length
          ? problems.join('; ')
          : `${diskFull} saves refused with common.diskFull while full; ${v.acknowledgedAnswers} acknowledged answers all kept after space returned`,
      };
    } finally {
      await world.stop().catch(() => undefined);
      await dropWorld(world, ADMIN_URL).catch(() => undefined);
    }
  } finally {
    rmSync(filler, { force: true });
    unmountSmallDisk();
  }
}

async function autosaveFor(candidates: Candidate[], ms: number): Promise<void> {
  const until = Date.now() + ms;
  await Promise.all(
    candidates.map(async (c) => {
      while (Date.now() < until) {
        c.changeAnswer();
        await c.autosave();
        await sleep(100);
      }
    }),
  );
}

/** Writes until the disk refuses (ENOSPC), leaving it full. */
function fillDisk(file: string): void {
  try {
    writeFileSync(file, Buffer.alloc(1024 * 1024 * 1024));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
}

function mountSmallDisk(): boolean {
  try {
    mkdirSync(MOUNT, { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=600m', 'tmpfs', MOUNT], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function unmountSmallDisk(): void {
  try {
    execFileSync('umount', [MOUNT], { stdio: 'ignore' });
  } catch {
    /* not mounted */
  }
}
