import { expectClose } from '../../../../../test/fixtures/statistics/expect-close';
import { numberOf, readGoldenCsv } from '../../../../../test/fixtures/statistics/golden-csv';
import { handWorkedMatrix, moodleQuiz00Matrix } from '../../../../../test/fixtures/statistics/golden-matrices';
import { attemptTotal } from './score-matrix';
import { testStatistics, type TestStatistics } from './test-statistics';

const golden = (path: string) => new Map(readGoldenCsv(path).map(({ stat, value }) => [stat, numberOf(value)]));

describe('test statistics', () => {
  describe("match Moodle's quiz 00 walkthrough (stats_from_steps_walkthrough_test.php)", () => {
    const stats = testStatistics(moodleQuiz00Matrix());
    const moodle = golden('moodle-quiz00/quizstats00.csv');
    // Moodle's test allows a relative error of 1.5e-5 on every quiz statistic.
    const cases: Array<[string, keyof TestStatistics]> = [
      ['allattemptscount', 'count'],
      ['allattemptsavg', 'mean'],
      ['median', 'median'],
      ['standarddeviation', 'standardDeviation'],
      ['skewness', 'skewness'],
      ['kurtosis', 'kurtosis'],
      ['cic', 'cicPercent'],
      ['errorratio', 'errorRatioPercent'],
      ['standarderror', 'standardError'],
    ];
    it.each(cases)('%s', (moodleName, ours) => {
      expectClose(ours, stats[ours], numberOf(String(moodle.get(moodleName))), { relative: 1.5e-5 });
    });

    it('totals each attempt the way Moodle did (its summarks column, rounded to 5 places)', () => {
      const recorded = readGoldenCsv('moodle-quiz00/results00.csv').map((row) => numberOf(row.summarks));
      moodleQuiz00Matrix().attempts.forEach(({ scores }, i) =>
        expectClose(`attempt ${i + 1}`, attemptTotal(scores), recorded[i], { absolute: 1e-5 }),
      );
    });
  });

  describe('match the hand-worked 6 × 4 example (README.md)', () => {
    const stats = testStatistics(handWorkedMatrix());
    const expected = golden('hand-worked-6x4/expected-test.csv');
    const cases: Array<[string, keyof TestStatistics]> = [
      ['attempts', 'count'],
      ['mean', 'mean'],
      ['median', 'median'],
      ['standard_deviation', 'standardDeviation'],
      ['skewness', 'skewness'],
      ['kurtosis', 'kurtosis'],
      ['cic_percent', 'cicPercent'],
      ['error_ratio_percent', 'errorRatioPercent'],
      ['standard_error', 'standardError'],
    ];
    it.each(cases)('%s', (name, ours) => {
      expectClose(ours, stats[ours], numberOf(String(expected.get(name))), { absolute: 1e-9 });
    });
  });

  describe('degenerate papers give nulls, never NaN', () => {
    const noNaN = (stats: TestStatistics) => Object.values(stats).forEach((value) => expect(Number.isNaN(value)).toBe(false));

    it('reports only the count for a paper nobody sat', () => {
      const stats = testStatistics({ maxMarks: [1, 1], attempts: [] });
      expect(stats).toEqual({
        count: 0,
        mean: null,
        median: null,
        variance: null,
        standardDeviation: null,
        skewness: null,
        kurtosis: null,
        cicPercent: null,
        errorRatioPercent: null,
        standardError: null,
      });
    });

    it('reports the one total, but no spread, for a single attempt', () => {
      const stats = testStatistics({ maxMarks: [1, 2], attempts: [{ scores: [1, 1.5] }] });
      expect(stats).toMatchObject({
        count: 1,
        mean: 2.5,
        median: 2.5,
        standardDeviation: null,
        skewness: null,
        kurtosis: null,
        cicPercent: null,
      });
    });

    it('has a standard deviation but no skewness or reliability with two attempts', () => {
      const stats = testStatistics({ maxMarks: [1, 1], attempts: [{ scores: [1, 1] }, { scores: [0, 0] }] });
      expect(stats).toMatchObject({
        count: 2,
        mean: 1,
        median: 1,
        variance: 2,
        skewness: null,
        kurtosis: null,
        cicPercent: null,
        errorRatioPercent: null,
        standardError: null,
      });
      expect(stats.standardDeviation).toBeCloseTo(Math.SQRT2, 12);
    });

    it('gives SD 0 and leaves shape and reliability undefined when everyone scores the same', () => {
      const same = { scores: [0.1, 0.1, 0.1] };
      const stats = testStatistics({ maxMarks: [1, 1, 1], attempts: [same, same, same, same, same] });
      expect(stats).toMatchObject({
        count: 5,
        variance: 0,
        standardDeviation: 0,
        skewness: null,
        kurtosis: null,
        cicPercent: null,
        errorRatioPercent: null,
        standardError: null,
      });
      expect(stats.mean).toBeCloseTo(0.3, 12);
      noNaN(stats);
    });

    it('leaves reliability undefined for a one-item paper', () => {
      const stats = testStatistics({ maxMarks: [1], attempts: [{ scores: [1] }, { scores: [0] }, { scores: [1] }, { scores: [0] }] });
      expect(stats).toMatchObject({ count: 4, cicPercent: null, errorRatioPercent: null, standardError: null });
      expect(stats.kurtosis).not.toBeNull();
    });

    it('totals only the items an attempt was shown', () => {
      // Totals 3, 1, 2: mean 2, median 2, variance ((1)² + (−1)² + 0²) / 2 = 1. Item variances: item 0
      // over [1, 0, 1] = 1/3, item 1 over [2, 1] = 1/2, item 2 over [1] alone adds nothing (Moodle's rule);
      // CIC = 100 · 3/2 · (1 − (1/3 + 1/2) / 1) = 25.
      const stats = testStatistics({
        maxMarks: [1, 2, 1],
        attempts: [{ scores: [1, 2, null] }, { scores: [0, 1, null] }, { scores: [1, null, 1] }],
      });
      expect(stats).toMatchObject({ count: 3, mean: 2, median: 2, variance: 1, skewness: 0 });
      expectClose('cicPercent', stats.cicPercent, 25, { absolute: 1e-9 });
      noNaN(stats);
    });

    it('rejects a matrix whose rows do not match its items, since that is a query bug', () => {
      expect(() => testStatistics({ maxMarks: [1, 1], attempts: [{ scores: [1] }] })).toThrow(RangeError);
      expect(() => testStatistics({ maxMarks: [1], attempts: [{ scores: [Number.NaN] }] })).toThrow(RangeError);
    });
  });
});
