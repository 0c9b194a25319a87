export interface BenchOptions {
  candidates: number;
  engine: 'postgres' | 'embedded';
  adminUrl: string;
  rampSeconds: number;
  examMinutes: number;
  questions: number;
  saturationSeconds: number;
  saturationConcurrency: number;
  out: string | null;
  /** Questions in the search benchmark's bank (PostgreSQL only); 0 skips it. */
  searchQuestions: number;
  writeDocs: boolean;
  /** People in the manager-dashboard scenario (0 skips it), their years of history, and browsing sessions. */
  dashboardPeople: number;
  dashboardYears: number;
  dashboardSessions: number;
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const int = (name: string, fallback: number) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer`);
    return n;
  };
  const engine = value('engine') ?? 'postgres';
  if (engine !== 'postgres' && engine !== 'embedded') throw new Error('--engine is postgres or embedded');
  return {
    candidates: int('candidates', 2000),
    engine,
    adminUrl: value('database-url') ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    rampSeconds: int('ramp', 120),
    examMinutes: int('exam-minutes', 4),
    questions: int('questions', 50),
    saturationSeconds: int('saturation-seconds', 10),
    saturationConcurrency: int('concurrency', 50),
    out: value('out') ?? null,
    searchQuestions: value('search') === '0' ? 0 : int('search', 100_000),
    writeDocs: !argv.includes('--no-docs'),
    // seeding millions of rows into the embedded engine takes longer than the run itself: opt in there
    dashboardPeople: value('dashboard-people') === '0' ? 0 : int('dashboard-people', engine === 'postgres' ? 5000 : 0),
    dashboardYears: int('dashboard-years', 5),
    dashboardSessions: int('dashboard-sessions', 10),
  };
}
