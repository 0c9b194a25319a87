import { finalResults, shown, type SpeakerSheets } from './final-score';

const sheets = (speakerId: string, totals: number[], penalty = 0): SpeakerSheets => ({
  speakerId,
  totals: totals.map((total, i) => ({ judgeId: `j${i + 1}`, total })),
  penalty,
});

describe('a speaker’s final score', () => {
  it('drops the highest and the lowest of five judges and averages the other three', () => {
    // 86, 91, 88, 79, 90: drop 91 (j2) and 79 (j4); (86 + 88 + 90) / 3 = 88
    const [result] = finalResults('trimmed', [sheets('s1', [86, 91, 88, 79, 90])]);
    expect(result.dropped.sort()).toEqual(['j2', 'j4']);
    expect(result.aggregated).toBe(88);
    expect(shown(result.final)).toBe('88.00');
  });

  it('averages every judge when fewer than five score', () => {
    const [result] = finalResults('trimmed', [sheets('s1', [86, 91, 79, 90])]);
    expect(result.dropped).toEqual([]);
    expect(result.final).toBe(86.5);
  });

  it('takes the median under that method, and subtracts the overrun penalty', () => {
    // median of 70, 95, 80, 85 = (80 + 85) / 2 = 82.5; minus 2 for running over
    const [result] = finalResults('median', [sheets('s1', [70, 95, 80, 85], 2)]);
    expect(result.aggregated).toBe(82.5);
    expect(result.final).toBe(80.5);
  });

  it('ranks on the third decimal when two decimals tie, and equal three decimals share a rank', () => {
    // s1: (85.32 + 85.33 + 85.34) / 3 = 85.33; s2: (85.33 + 85.33 + 85.34) / 3 = 85.3333 — both show 85.33, s2 ranks first
    // s3 equals s1 to the third decimal
    const results = finalResults('trimmed', [
      sheets('s1', [85.32, 85.33, 85.34]),
      sheets('s2', [85.33, 85.33, 85.34]),
      sheets('s3', [85.33, 85.33, 85.33]),
      sheets('s4', [60, 60, 60]),
    ]);
    expect(results.map((r) => [r.speakerId, shown(r.final), r.rank])).toEqual([
      ['s2', '85.33', 1],
      ['s1', '85.33', 2],
      ['s3', '85.33', 2],
      ['s4', '60.00', 4],
    ]);
  });

  it('normalises a harsh judge: each judge’s totals become z-scores rescaled to the panel', () => {
    // judge 1 gives 90 and 80 (mean 85, sd 5), judge 2 gives 70 and 60 (mean 65, sd 5): grand mean 75, pooled sd 5
    // s1: judge 1 z = +1 → 80, judge 2 z = +1 → 80: 80; s2: 70 — the same order and gap judge 1 alone gives
    const results = finalResults('normalised', [
      {
        speakerId: 's1',
        totals: [
          { judgeId: 'j1', total: 90 },
          { judgeId: 'j2', total: 70 },
        ],
        penalty: 0,
      },
      {
        speakerId: 's2',
        totals: [
          { judgeId: 'j1', total: 80 },
          { judgeId: 'j2', total: 60 },
        ],
        penalty: 0,
      },
    ]);
    expect(results.map((r) => [r.speakerId, r.final])).toEqual([
      ['s1', 80],
      ['s2', 70],
    ]);
    expect(results[0].counted.map((c) => c.value)).toEqual([80, 80]);
  });

  it('leaves out a speaker nobody has scored', () => {
    expect(finalResults('trimmed', [sheets('s1', [])])).toEqual([]);
  });
});
