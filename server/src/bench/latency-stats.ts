export interface ActionStats {
  count: number;
  errors: number;
  throughputPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  p999Ms: number;
  maxMs: number;
  /** HTTP status (0: no answer) → count, for the failed requests. */
  errorStatuses: Record<string, number>;
}

/** Nearest-rank percentile of an ascending array; 0 for an empty one. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export class LatencyRecorder {
  private readonly samples = new Map<string, number[]>();
  private readonly errors = new Map<string, number>();
  private readonly statuses = new Map<string, Record<string, number>>();
  private readonly firstAt = new Map<string, number>();
  private readonly lastAt = new Map<string, number>();

  /** While set, every sample is also recorded under `<action> <tag>` (e.g. autosaves during a backup). */
  tag: string | null = null;

  record(action: string, ms: number, ok: boolean, status = 0): void {
    if (this.tag) this.recordOne(`${action} ${this.tag}`, ms, ok, status);
    this.recordOne(action, ms, ok, status);
  }

  private recordOne(action: string, ms: number, ok: boolean, status: number): void {
    const now = Date.now();
    if (!this.firstAt.has(action)) this.firstAt.set(action, now - ms);
    this.lastAt.set(action, now);
    if (ok) {
      const list = this.samples.get(action) ?? [];
      list.push(ms);
      this.samples.set(action, list);
    } else {
      this.errors.set(action, (this.errors.get(action) ?? 0) + 1);
      const byStatus = this.statuses.get(action) ?? {};
      byStatus[String(status)] = (byStatus[String(status)] ?? 0) + 1;
      this.statuses.set(action, byStatus);
    }
  }

  summary(): Record<string, ActionStats> {
    const actions = new Set([...this.samples.keys(), ...this.errors.keys()]);
    return Object.fromEntries(
      [...actions].map((action) => {
        const sorted = [...(this.samples.get(action) ?? [])].sort((a, b) => a - b);
        const errors = this.errors.get(action) ?? 0;
        const seconds = Math.max(0.001, ((this.lastAt.get(action) ?? 0) - (this.firstAt.get(action) ?? 0)) / 1000);
        const round = (n: number) => Math.round(n * 10) / 10;
        return [
          action,
          {
            count: sorted.length + errors,
            errors,
            throughputPerSecond: round((sorted.length + errors) / seconds),
            p50Ms: round(percentile(sorted, 50)),
            p95Ms: round(percentile(sorted, 95)),
            p99Ms: round(percentile(sorted, 99)),
            p999Ms: round(percentile(sorted, 99.9)),
            maxMs: round(sorted[sorted.length - 1] ?? 0),
            errorStatuses: this.statuses.get(action) ?? {},
          },
        ];
      }),
    );
  }
}
