import { Pool } from 'pg';

/**
 * The floor under autosave: the same single-row upsert issued straight to PostgreSQL with `pg` at
 * the same concurrency, for the same time. Returns operations per second.
 */
export async function rawUpsertRate(url: string, concurrency: number, seconds: number): Promise<number> {
  const pool = new Pool({ connectionString: url, max: concurrency });
  try {
    await pool.query(
      'CREATE TABLE IF NOT EXISTS bench_raw_upsert (attempt int, slot int, answer jsonb, seq bigint, saved_at timestamptz, PRIMARY KEY (attempt, slot))',
    );
    const until = Date.now() + seconds * 1000;
    let done = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async (_, worker) => {
        for (let seq = 1; Date.now() < until; seq++) {
          await pool.query(
            `INSERT INTO bench_raw_upsert (attempt, slot, answer, seq, saved_at) VALUES ($1, $2, $3, $4, now())
             ON CONFLICT (attempt, slot) DO UPDATE SET answer = EXCLUDED.answer, seq = EXCLUDED.seq, saved_at = now() WHERE bench_raw_upsert.seq < EXCLUDED.seq`,
            [worker, seq % 50, JSON.stringify('A'), seq],
          );
          done++;
        }
      }),
    );
    return Math.round(done / seconds);
  } finally {
    await pool.query('DROP TABLE IF EXISTS bench_raw_upsert').catch(() => undefined);
    await pool.end();
  }
}
