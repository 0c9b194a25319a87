import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { GRACE_SECONDS } from '../modules/exams/domain/attempt-window';
import { askRunningApp } from '../platform/backup/ask-running-app';
import { restoreBackup, writeBackup } from '../platform/backup/backup-runner';
import { startEmbeddedPostgres } from '../platform/database/embedded-postgres';
import { parseBenchArgs } from './bench-options';
import { BenchWorld, benchQuery, buildWorld, dropWorld, withDatabase } from './bench-world';
import type { Candidate } from './candidate';
import { runExamDay } from './exam-day';
import { LatencyRecorder } from './latency-stats';
import { replaceBenchmarkSection } from './report';
import { AcknowledgedAnswers, verify } from './verify';

const log = (line: string) => process.stdout.write(`${line}\n`);

interface BackupMeasure {
  secondsIntoExam: number;
  backupSeconds: number;
  backupMegabytes: number;
  restoreSeconds: number;
  /** Answers acknowledged before the backup began, and how many of them the restored copy lacks. */
  acknowledgedBefore: number;
  missingAfterRestore: number;
}

/**
 * `npm run bench:backup -- --engine postgres|embedded [--candidates N] [--dashboard-people P]`:
 * the exam day with a backup taken a minute into the exam, as an administrator would (the CLI's own
 * path on each engine); then the backup restored into a fresh database and checked for every answer
 * acknowledged before it began. Writes its section of docs/benchmarks.md.
 */
async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  log(`backup during the exam day: ${options.candidates} candidates, engine ${options.engine}`);
  const world = await buildWorld({
    ...options,
    measureRaw: async () => 0,
    dashboard: { people: options.dashboardPeople, years: options.dashboardYears },
  });
  const stats = new LatencyRecorder();
  let measure: BackupMeasure | null = null;
  let failed = true;
  try {
    const day = await runExamDay(world, options.rampSeconds, stats, log, {
      afterSeconds: 60,
      run: async (candidates) => {
        measure = await backupAndRestore(world, candidates, stats, options.adminUrl);
        log(`backup: ${JSON.stringify(measure)}`);
      },
    });
    await new Promise((r) => setTimeout(r, Math.max(0, day.lastDeadline + (GRACE_SECONDS + 8) * 1000 - Date.now())));
    await world.stop();
    const checked = await withDatabase(world, (url) => verify(url, world.examSittingId, day.candidates, GRACE_SECONDS));
    const m = measure as BackupMeasure | null;
    if (!m) throw new Error('the backup did not run');
    const actions = stats.summary();
    const during = actions['autosave during backup'];
    const all = actions.autosave;
    const size = world.dashboard ? `${world.dashboard.people} people × ${options.dashboardYears} years of history, ` : '';
    const section = [
      `## Backup during the exam day (${options.engine})`,
      '',
      `\`npm run bench:backup -- ${process.argv.slice(2).join(' ')}\` on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, ${new Date().toISOString().slice(0, 10)}.`,
      `A database of ${size}${options.candidates} candidates in the exam; the backup starts ${m.secondsIntoExam} s after the window opens.`,
      '',
      '| measure | value |',
      '| --- | --- |',
      `| backup time | ${m.backupSeconds} s |`,
      `| backup file | ${m.backupMegabytes} MB |`,
      `| restore into an empty database (with its checks) | ${m.restoreSeconds} s |`,
      `| autosave p99 while the backup ran (n = ${during?.count ?? 0}) | ${during?.p99Ms ?? '–'} ms |`,
      `| autosave p99 over the whole exam (n = ${all?.count ?? 0}) | ${all?.p99Ms ?? '–'} ms |`,
      `| answers acknowledged before the backup began / missing from the restored copy | ${m.acknowledgedBefore} / ${m.missingAfterRestore} |`,
      `| acknowledged answers lost in the live database | ${checked.lostAnswers} of ${checked.acknowledgedAnswers} |`,
      '',
    ].join('\n');
    if (options.writeDocs) replaceBenchmarkSection(section);
    else log(section);
    failed = m.missingAfterRestore > 0 || checked.lostAnswers > 0;
    log(JSON.stringify({ measure: m, during, all, lost: checked.lostAnswers }, null, 2));
  } finally {
    await world.stop().catch(() => undefined);
    await dropWorld(world, options.adminUrl).catch(() => undefined);
  }
  if (failed) process.exitCode = 1;
}

async function backupAndRestore(
  world: BenchWorld,
  candidates: Candidate[],
  stats: LatencyRecorder,
  adminUrl: string,
): Promise<BackupMeasure> {
  const before: AcknowledgedAnswers[] = candidates.map((c) => ({ attemptId: c.attemptId, acknowledged: new Map(c.acknowledged) }));
  const work = mkdtempSync(join(tmpdir(), 'kaoping-backup-bench-'));
  const started = Date.now();
  stats.tag = 'during backup';
  let file: string;
  try {
    file = world.databaseUrl
      ? (await writeBackup(world.databaseUrl, 'postgres', join(work, 'bench.kpbak')), join(work, 'bench.kpbak'))
      : await askRunningApp(world.dataDir!, world.server.pid!);
  } finally {
    stats.tag = null;
  }
  const backupSeconds = round1((Date.now() - started) / 1000);
  const restoreStarted = Date.now();
  const checked = await intoFreshDatabase(world.databaseUrl ? 'postgres' : 'embedded', adminUrl, work, async (url) => {
    await restoreBackup(url, file);
    const restoreSeconds = round1((Date.now() - restoreStarted) / 1000);
    return { restoreSeconds, verification: await verify(url, world.examSittingId, before, GRACE_SECONDS, { atLeast: true }) };
  });
  const measure = {
    secondsIntoExam: round1((started - world.opensAt.getTime()) / 1000),
    backupSeconds,
    backupMegabytes: round1(statSync(file).size / 2 ** 20),
    restoreSeconds: checked.restoreSeconds,
    acknowledgedBefore: checked.verification.acknowledgedAnswers,
    missingAfterRestore: checked.verification.lostAnswers,
  };
  rmSync(work, { recursive: true, force: true });
  return measure;
}

/** The restore's target: a new PostgreSQL database beside the bench's, or a new embedded folder. */
async function intoFreshDatabase<T>(
  engine: 'postgres' | 'embedded',
  adminUrl: string,
  work: string,
  run: (url: string) => Promise<T>,
): Promise<T> {
  if (engine === 'embedded') {
    const embedded = await startEmbeddedPostgres({ dataDir: join(work, 'restored') });
    try {
      return await run(embedded.url);
    } finally {
      await embedded.close();
    }
  }
  const name = `kaoping_restore_${Date.now()}`;
  await benchQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await benchQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

void main();
