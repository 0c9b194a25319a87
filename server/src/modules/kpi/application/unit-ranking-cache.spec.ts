import type { UnitRanking } from '../persistence/kpi-unit.repository';
import { UnitRankingCache } from './unit-ranking-cache';

const ranking = (name: string): UnitRanking => ({
  people: [{ userId: name, username: name, displayName: name, missed: 0 }],
  pooled: { ratios: {}, lastYear: {}, forecast: null },
  counts: [],
});

describe('UnitRankingCache', () => {
  it('computes a unit’s month once per data version', async () => {
    const cache = new UnitRankingCache();
    const compute = jest.fn(async () => ranking('a'));
    await cache.get('cz|2026-10', '7', compute);
    await cache.get('cz|2026-10', '7', compute);
    expect(compute).toHaveBeenCalledTimes(1);

    const fresh = jest.fn(async () => ranking('b'));
    expect(await cache.get('cz|2026-10', '8', fresh)).toEqual(ranking('b'));
    expect(await cache.get('cj|2026-10', '8', fresh)).toEqual(ranking('b'));
    expect(fresh).toHaveBeenCalledTimes(2);
  });

  it('lets concurrent readers share one computation', async () => {
    const cache = new UnitRankingCache();
    let finish!: (r: UnitRanking) => void;
    const compute = jest.fn(() => new Promise<UnitRanking>((resolve) => (finish = resolve)));
    const both = Promise.all([cache.get('cz', '1', compute), cache.get('cz', '1', compute)]);
    finish(ranking('a'));
    const [x, y] = await both;
    expect(x).toBe(y);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failure', async () => {
    const cache = new UnitRankingCache();
    await expect(cache.get('cz', '1', async () => Promise.reject(new Error('timeout')))).rejects.toThrow('timeout');
    await expect(cache.get('cz', '1', async () => ranking('a'))).resolves.toEqual(ranking('a'));
  });

  it('caches nothing without a version', async () => {
    const cache = new UnitRankingCache();
    const compute = jest.fn(async () => ranking('a'));
    await cache.get('cz', null, compute);
    await cache.get('cz', null, compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('forgets the least recently read unit first', async () => {
    const cache = new UnitRankingCache();
    const compute = jest.fn(async () => ranking('x'));
    for (let i = 0; i < 32; i++) await cache.get(`unit${i}`, '1', compute);
    await cache.get('unit0', '1', compute); // read again: now the most recent
    await cache.get('unit32', '1', compute); // one too many: unit1 goes
    compute.mockClear();
    await cache.get('unit0', '1', compute);
    expect(compute).not.toHaveBeenCalled();
    await cache.get('unit1', '1', compute);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
