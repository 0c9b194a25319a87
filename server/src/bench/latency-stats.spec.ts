import { LatencyRecorder, percentile } from './latency-stats';

describe('benchmark latency statistics', () => {
  it('uses nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 99.9)).toBe(100);
    expect(percentile([], 99)).toBe(0);
  });

  it('counts errors apart from the latencies of successes', () => {
    const recorder = new LatencyRecorder();
    recorder.record('autosave', 10, true);
    recorder.record('autosave', 30, true);
    recorder.record('autosave', 5000, false);
    expect(recorder.summary().autosave).toMatchObject({ count: 3, errors: 1, p50Ms: 10, maxMs: 30 });
  });
});
