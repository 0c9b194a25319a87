import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { GRACE_SECONDS } from '../modules/exams/domain/attempt-window';
import { parseBenchArgs } from './bench-options';
import { BENCH_PASSWORD, buildWorld, dropWorld, withDatabase } from './bench-world';
import { browseDashboards } from './dashboard-load';
import { runExamDay, saturateAutosave } from './exam-day';
import { LatencyRecorder } from './latency-stats';
import { postgresPids, ProcessSampler } from './process-sampler';
import { rawUpsertRate } from './raw-upsert-limit';
import { runSearchBench } from './search-bench';
import { examRouteGzipKb } from './bundle-size';
import { writeBenchmarkDoc } from './report';
import { verify } from './verify';

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  log(
    `Kaoping exam-day benchmark: ${options.candidates} candidates, ${options.questions} questions, ${options.examMinutes}-minute exam, engine ${options.engine}`,
  );
  // the embedded engine serves one connection at a time (docs/decisions.md), so its raw limit is measured with one
  const rawConcurrency = options.engine === 'embedded' ? 1 : options.saturationConcurrency;
  const world = await buildWorld({
    ...options,
    measureRaw: (url) => rawUpsertRate(url, rawConcurrency, options.saturationSeconds),
    dashboard: { people: options.dashboardPeople, years: options.dashboardYears },
  });
  if (world.dashboard) log(`dashboard data: ${JSON.stringify({ ...world.dashboard, managers: world.dashboard.managers.length })}`);
  log(`server up at ${world.baseUrl}; window opens ${world.opensAt.toISOString()}`);
  const serverSampler = new ProcessSampler(() => [world.server.pid!]);
  const pgSampler = new ProcessSampler(() => (options.engine === 'postgres' ? postgresPids() : []));
  let failed = false;
  try {
    const saturationStats = new LatencyRecorder();
    const serverAutosaveRate = await saturateAutosave(world, options.saturationConcurrency, options.saturationSeconds, saturationStats);
    const rawRate = world.rawUpsertPerSecond;
    log(
      `autosave ceiling: server ${serverAutosaveRate}/s at concurrency ${options.saturationConcurrency} vs raw upsert ${rawRate}/s at concurrency ${rawConcurrency}`,
    );

    const stats = new LatencyRecorder();
    serverSampler.start();
    pgSampler.start();
    const examEnds = world.opensAt.getTime() + options.examMinutes * 60_000;
    const browsing = world.dashboard
      ? new Promise((r) => setTimeout(r, Math.max(0, world.opensAt.getTime() - Date.now()))).then(() =>
          browseDashboards(world.baseUrl, BENCH_PASSWORD, world.dashboard!.managers, options.dashboardSessions, examEnds, stats),
        )
      : Promise.resolve();
    const [day] = await Promise.all([runExamDay(world, options.rampSeconds, stats, log), browsing]);
    // give the deadline sweeper its grace period plus a margin before looking
    await new Promise((r) => setTimeout(r, Math.max(0, day.lastDeadline + (GRACE_SECONDS + 8) * 1000 - Date.now())));
    const server = serverSampler.stop();
    const postgres = pgSampler.stop();
    const search =
      world.databaseUrl && options.searchQuestions ? await runSearchBench(world.databaseUrl, world.baseUrl, options.searchQuestions) : null;
    if (search) log(`search over ${search.questions} questions: ${JSON.stringify(search.queries)}`);
    await world.stop();
    const checked = await withDatabase(world, (url) => verify(url, world.examSittingId, day.candidates, GRACE_SECONDS));
    const actions = stats.summary();
    const result = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        postgres: postgresVersion(options.engine),
      },
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      options,
      candidates: options.candidates,
      actions,
      loginFailures: day.loginFailures,
      startFailures: day.startFailures,
      lostAnswers: checked.lostAnswers,
      ungradedAttempts: checked.ungradedAttempts,
      verification: checked,
      rawUpsertPerSecond: rawRate,
      serverAutosavePerSecond: serverAutosaveRate,
      rawUpsertRatio: rawRate ? Math.round((serverAutosaveRate / rawRate) * 100) / 100 : null,
      resources: { server, postgres },
      examRouteGzipKb: examRouteGzipKb()?.kb ?? null,
      search,
      dashboard: world.dashboard && {
        people: world.dashboard.people,
        months: world.dashboard.months,
        evidenceRows: world.dashboard.evidenceRows,
        kpiRows: world.dashboard.kpiRows,
        seedSeconds: world.dashboard.seedSeconds,
        sessions: options.dashboardSessions,
      },
    };
    log(JSON.stringify(result, null, 2));
    if (options.out) writeFileSync(options.out, JSON.stringify(result, null, 2));
    if (options.writeDocs) writeBenchmarkDoc(result);
    failed = checked.lostAnswers > 0 || checked.ungradedAttempts > 0;
  } finally {
    await world.stop().catch(() => undefined);
    await dropWorld(world, options.adminUrl).catch(() => undefined);
  }
  if (failed) process.exitCode = 1;
}

function postgresVersion(engine: string): string {
  if (engine === 'embedded') return 'PGlite 0.5.14 (PostgreSQL 18, WASM)';
  try {
    return execFileSync('psql', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
