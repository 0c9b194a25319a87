import { BENCH_PASSWORD, BenchWorld } from './bench-world';
import { Candidate } from './candidate';
import { LatencyRecorder } from './latency-stats';

const sleepUntil = (at: number) => new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
const between = (from: number, to: number) => from + Math.random() * (to - from);

/** Share of candidates whose phone dies before they submit: the server must submit for them. */
export const DROP_OUT_SHARE = 0.02;

export interface ExamDayResult {
  candidates: Candidate[];
  startFailures: number;
  loginFailures: number;
  lastDeadline: number;
}

/**
 * The exam-day model: N candidates log in spread over the ramp, start within 10 s of the window
 * opening, change an answer about every 30 s and autosave every 15 s, and submit — half spread over
 * the last 10 s before their deadline, half within the last second.
 */
export async function runExamDay(
  world: BenchWorld,
  rampSeconds: number,
  stats: LatencyRecorder,
  progress: (line: string) => void,
  /** Runs this long after the window opens, alongside the candidates (a backup, say). */
  midExam?: { afterSeconds: number; run: (candidates: Candidate[]) => Promise<void> },
): Promise<ExamDayResult> {
  const t0 = Date.now();
  const opensAt = world.opensAt.getTime();
  let loginFailures = 0;
  let startFailures = 0;
  let lastDeadline = 0;
  const candidates = world.usernames.map((u) => new Candidate(u, BENCH_PASSWORD, world.baseUrl, stats));
  const ticker = setInterval(
    () =>
      progress(
        `  ${Math.round((Date.now() - t0) / 1000)}s: ${JSON.stringify(Object.fromEntries(Object.entries(stats.summary()).map(([k, v]) => [k, v.count])))}`,
      ),
    15_000,
  );
  const mid = midExam ? sleepUntil(opensAt + midExam.afterSeconds * 1000).then(() => midExam.run(candidates)) : Promise.resolve();
  try {
    await Promise.all([
      mid,
      ...candidates.map(async (c, i) => {
        await sleepUntil(t0 + between(0, rampSeconds * 1000));
        if (!(await c.login())) {
          loginFailures++;
          return;
        }
        await sleepUntil(opensAt + between(200, 10_000));
        if (!(await c.start(world.examSittingId))) {
          startFailures++;
          return;
        }
        lastDeadline = Math.max(lastDeadline, c.deadline);
        const dropsOut = i % Math.round(1 / DROP_OUT_SHARE) === 0;
        const submitAt = dropsOut
          ? Infinity
          : i % 2 === 0
            ? between(c.deadline - 10_000, c.deadline - 1_000)
            : between(c.deadline - 1_000, c.deadline - 50);
        let nextChange = Date.now() + between(1_000, 30_000);
        let nextSave = Date.now() + between(5_000, 15_000);
        const stopAt = Math.min(submitAt, c.deadline - 200);
        while (Date.now() < stopAt) {
          const wake = Math.min(nextChange, nextSave, stopAt);
          await sleepUntil(wake);
          if (Date.now() >= nextChange) {
            c.changeAnswer();
            nextChange += between(25_000, 35_000);
          }
          if (Date.now() >= nextSave) {
            await c.autosave();
            nextSave += 15_000;
          }
        }
        if (dropsOut) return;
        c.changeAnswer();
        await sleepUntil(submitAt);
        await c.submit();
      }),
    ]);
  } finally {
    clearInterval(ticker);
  }
  return { candidates, startFailures, loginFailures, lastDeadline };
}

/** Autosave at full tilt from `concurrency` candidates for `seconds`: the server's autosave ceiling. */
export async function saturateAutosave(world: BenchWorld, concurrency: number, seconds: number, stats: LatencyRecorder): Promise<number> {
  const candidates = world.usernames.slice(-concurrency).map((u) => new Candidate(u, BENCH_PASSWORD, world.baseUrl, stats));
  for (const c of candidates) {
    if (!(await c.login()) || !(await c.start(world.saturationSittingId)))
      throw new Error(`saturation candidate ${c.username} could not start`);
  }
  const until = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    candidates.map(async (c) => {
      while (Date.now() < until) {
        c.changeAnswer();
        await c.autosave('autosave_saturation');
        done++;
      }
    }),
  );
  return Math.round(done / seconds);
}
