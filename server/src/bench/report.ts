import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../platform/config/app-config';
import { DASHBOARD_ACTIONS } from './dashboard-load';
import type { ActionStats } from './latency-stats';

interface BenchResult {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string };
  command: string;
  options: { engine: string; candidates: number; examMinutes: number; rampSeconds: number; questions: number };
  actions: Record<string, ActionStats>;
  loginFailures: number;
  startFailures: number;
  lostAnswers: number;
  ungradedAttempts: number;
  verification: {
    attempts: number;
    acknowledgedAnswers: number;
    lateAutoSubmits: number;
    serverSubmitted: number;
    maxSecondsDeadlineToGraded: number;
    maxSecondsDeadlineToAutoGraded: number | null;
  };
  rawUpsertPerSecond: number;
  serverAutosavePerSecond: number;
  rawUpsertRatio: number | null;
  resources: {
    server: { avgCpuPercent: number; maxCpuPercent: number; maxRssMb: number };
    postgres: { avgCpuPercent: number; maxCpuPercent: number; maxRssMb: number };
  };
  examRouteGzipKb: number | null;
  search: {
    questions: number;
    seedSeconds: number;
    queries: Array<{ term: string; matches: number; p50Ms: number; p95Ms: number }>;
  } | null;
  dashboard: { people: number; months: number; evidenceRows: number; kpiRows: number; seedSeconds: number; sessions: number } | null;
}

const DOC = join(REPO_ROOT, 'docs', 'benchmarks.md');
const HEADER = `# Benchmarks

Written by \`npm run bench\` (see \`server/src/bench/\`): the real server on loopback, a load generator
in the same machine's other process, each section for one database engine, replaced on every run.
The exam-day model: candidates log in spread over the ramp, start within 10 s of the window opening,
change an answer about every 30 s, autosave every 15 s, and submit — half spread over the last 10 s,
half within the last second; 2 % never submit (the server must). The exam is compressed to a few
minutes so a run takes minutes, not half an hour; the per-second load is the same as a full one.
`;

function goal(ok: boolean): string {
  return ok ? '✅' : '❌';
}

function section(r: BenchResult): string {
  const a = (name: string) => r.actions[name];
  const row = (name: string) => {
    const s = a(name);
    return s
      ? `| ${name} | ${s.count} | ${s.errors} | ${s.throughputPerSecond} | ${s.p50Ms} | ${s.p95Ms} | ${s.p99Ms} | ${s.p999Ms} | ${s.maxMs} |`
      : `| ${name} | – | | | | | | | |`;
  };
  const v = r.verification;
  const goals = [
    ['autosave p99 < 100 ms', `${a('autosave')?.p99Ms ?? '–'} ms`, (a('autosave')?.p99Ms ?? Infinity) < 100],
    ['start p99 < 1 s', `${a('start')?.p99Ms ?? '–'} ms`, (a('start')?.p99Ms ?? Infinity) < 1000],
    ['submit p99 < 500 ms', `${a('submit')?.p99Ms ?? '–'} ms`, (a('submit')?.p99Ms ?? Infinity) < 500],
    ['login p99 < 1.5 s', `${a('login')?.p99Ms ?? '–'} ms`, (a('login')?.p99Ms ?? Infinity) < 1500],
    [
      'zero errors',
      `${Object.values(r.actions).reduce((n, s) => n + s.errors, 0) + r.loginFailures + r.startFailures} ${JSON.stringify(
        Object.fromEntries(
          Object.entries(r.actions)
            .filter(([, s]) => s.errors > 0)
            .map(([a, s]) => [a, s.errorStatuses ?? {}]),
        ),
      )}`,
      Object.values(r.actions).every((s) => s.errors === 0) && r.loginFailures + r.startFailures === 0,
    ],
    ['zero lost answers', `${r.lostAnswers} of ${v.acknowledgedAnswers} acknowledged`, r.lostAnswers === 0],
    ['every attempt graded', `${r.ungradedAttempts} ungraded of ${v.attempts}`, r.ungradedAttempts === 0],
    ['submitted attempts graded within 30 s of the deadline', `max ${v.maxSecondsDeadlineToGraded} s`, v.maxSecondsDeadlineToGraded <= 30],
    [
      'exam route initial JS ≤ 150 kB gzip',
      r.examRouteGzipKb === null ? 'client not built with a manifest' : `${r.examRouteGzipKb} kB`,
      r.examRouteGzipKb !== null && r.examRouteGzipKb <= 150,
    ],
    ...(r.dashboard
      ? ([
          [
            'manager endpoints p95 < 200 ms while the exam runs',
            DASHBOARD_ACTIONS.map((d) => `${d.replace('dashboard ', '')} ${a(d)?.p95Ms ?? '–'} ms`).join(', '),
            DASHBOARD_ACTIONS.every((d) => (a(d)?.p95Ms ?? Infinity) < 200),
          ],
        ] as const)
      : []),
    [
      'none in progress 5 s after deadline + grace',
      `${v.lateAutoSubmits} late of ${v.serverSubmitted} auto-submitted (graded by deadline + ${v.maxSecondsDeadlineToAutoGraded ?? '–'} s)`,
      v.lateAutoSubmits === 0,
    ],
  ] as const;
  return `## ${r.options.engine === 'postgres' ? 'PostgreSQL' : 'Embedded (PGlite)'}

Run ${r.date} on ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memoryGb} GB, Node ${r.machine.node}, ${r.machine.postgres}.
Command: \`${r.command}\` — ${r.options.candidates} candidates, ${r.options.questions} questions, ${r.options.examMinutes}-minute exam, ${r.options.rampSeconds} s login ramp.

| goal | measured | |
| --- | --- | --- |
${goals.map(([g, m, ok]) => `| ${g} | ${m} | ${goal(ok)} |`).join('\n')}

| action | count | errors | per s | p50 ms | p95 ms | p99 ms | p99.9 ms | max ms |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${['login', 'start', 'autosave', 'submit', 'result', ...(r.dashboard ? DASHBOARD_ACTIONS : [])].map(row).join('\n')}
${
  r.dashboard
    ? `
Manager dashboards: ${r.dashboard.people.toLocaleString('en')} customer managers with ${r.dashboard.months} months of history each
(${r.dashboard.evidenceRows.toLocaleString('en')} evidence rows, ${r.dashboard.kpiRows.toLocaleString('en')} KPI figures, seeded in ${r.dashboard.seedSeconds} s);
${r.dashboard.sessions} managers (department and service-department scope) browse unit overviews and people's records, one request every 0.5–1.5 s each, from the window's opening to its end.
`
    : ''
}
Autosave ceiling: the server took **${r.serverAutosavePerSecond}/s** at full tilt against **${r.rawUpsertPerSecond}/s** for the same
single-row upsert sent straight to the database with \`pg\` — a ratio of **${r.rawUpsertRatio ?? '–'}**.
CPU (100 % = one core) and memory during the exam: server avg ${r.resources.server.avgCpuPercent} % / max ${r.resources.server.maxCpuPercent} %, max RSS ${r.resources.server.maxRssMb} MB;
PostgreSQL avg ${r.resources.postgres.avgCpuPercent} % / max ${r.resources.postgres.maxCpuPercent} %, max RSS ${r.resources.postgres.maxRssMb} MB (all backends).
${
  r.search
    ? `
Question search in a bank of ${r.search.questions.toLocaleString('en')} questions (GET …/questions?q=, page of 20 with the total), 15 requests per term:

| term | matches | p50 ms | p95 ms |
| --- | --- | --- | --- |
${r.search.queries.map((q) => `| ${q.term} | ${q.matches} | ${q.p50Ms} | ${q.p95Ms} |`).join('\n')}
`
    : ''
}`;
}

/** Replaces this engine's section of docs/benchmarks.md, keeping the other's. */
export function writeBenchmarkDoc(result: BenchResult): void {
  replaceBenchmarkSection(section(result));
}

/** Replaces the section of docs/benchmarks.md with the same "## " heading as `fresh` in place, keeping the others; a new one goes last. */
export function replaceBenchmarkSection(fresh: string): void {
  const existing = existsSync(DOC) ? readFileSync(DOC, 'utf8') : HEADER;
  const sections = new Map<string, string>();
  for (const part of existing.split(/^(?=## )/m).slice(1)) sections.set(part.split('\n')[0], part.trimEnd() + '\n');
  sections.set(fresh.split('\n')[0], fresh);
  const head = existing.split(/^(?=## )/m)[0].trimEnd() + '\n';
  writeFileSync(DOC, [head, ...sections.values()].join('\n'));
}
