import { Injectable } from '@nestjs/common';
import type { UnitRanking } from '../persistence/kpi-unit.repository';

const MAX_ENTRIES = 32;

/**
 * Unit rankings (everyone's missed count and the pooled figures: the costly part of a unit's KPI
 * page, ~100 ms for 5,000 people) by unit, month and targets, for one KPI data version. The version
 * moves with every change the ranking reads (migration KpiDataVersion), so an entry is never
 * served stale, and each API instance keeps its own. Callers must not change what they get.
 */
@Injectable()
export class UnitRankingCache {
  private readonly entries = new Map<string, Promise<UnitRanking>>();

  /** The cached ranking, or `compute`'s, shared with concurrent callers; null version: no caching. */
  get(key: string, version: string | null, compute: () => Promise<UnitRanking>): Promise<UnitRanking> {
    if (version === null) return compute();
    const fullKey = `${version}|${key}`;
    const hit = this.entries.get(fullKey);
    if (hit) {
      // most recently used last: the first key is the one to evict
      this.entries.delete(fullKey);
      this.entries.set(fullKey, hit);
      return hit;
    }
    const pending = compute();
    this.entries.set(fullKey, pending);
    pending.catch(() => this.entries.delete(fullKey));
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return pending;
  }
}
