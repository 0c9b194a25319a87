import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './app-config';

const production = { DATABASE_URL: 'postgres://db/kaoping', JWT_SECRET: 'shared-secret' };

describe('loadConfig', () => {
  it('gives a production instance 20 database connections unless DATABASE_POOL_MAX says otherwise', () => {
    expect(loadConfig(production).databasePoolMax).toBe(20);
    expect(loadConfig({ ...production, DATABASE_POOL_MAX: '40' }).databasePoolMax).toBe(40);
  });

  it('refuses a pool size that is not a positive whole number, naming the variable', () => {
    for (const bad of ['0', '-5', '2.5', 'many']) {
      expect(() => loadConfig({ ...production, DATABASE_POOL_MAX: bad })).toThrow(
        `DATABASE_POOL_MAX must be a positive integer, got "${bad}"`,
      );
    }
  });

  it('scores four submitted attempts at once unless SCORING_CONCURRENCY says otherwise', () => {
    expect(loadConfig(production).scoringConcurrency).toBe(4);
    expect(loadConfig({ ...production, SCORING_CONCURRENCY: '8' }).scoringConcurrency).toBe(8);
    expect(() => loadConfig({ ...production, SCORING_CONCURRENCY: '0' })).toThrow(
      'SCORING_CONCURRENCY must be a positive integer, got "0"',
    );
  });

  it('requires JWT_SECRET with a real database, since every instance must share it', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/kaoping' })).toThrow('JWT_SECRET is required');
  });

  it('keeps the embedded engine’s secret beside its data, the same across restarts', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kp-config-'));
    const first = loadConfig({ DATA_DIR: dataDir }).jwtSecret;
    expect(first).toHaveLength(64);
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(first);
  });

  it('takes a relative DATA_DIR from where the npm command was typed, not from server/ where npm runs it', () => {
    const typedIn = mkdtempSync(join(tmpdir(), 'kp-cwd-'));
    expect(loadConfig({ ...production, DATA_DIR: 'data-new', INIT_CWD: typedIn }).dataDir).toBe(join(typedIn, 'data-new'));
    expect(loadConfig({ ...production, DATA_DIR: '/srv/kaoping', INIT_CWD: typedIn }).dataDir).toBe('/srv/kaoping');
  });

  it('reads REDIS_URL for live updates across instances, and nothing when it is blank', () => {
    expect(loadConfig({ ...production, REDIS_URL: 'redis://cache:6379' }).redisUrl).toBe('redis://cache:6379');
    expect(loadConfig({ ...production, REDIS_URL: '  ' }).redisUrl).toBeUndefined();
  });
});
