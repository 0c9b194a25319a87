import { internalConsistency } from './internal-consistency';

describe('internal consistency', () => {
  it("reproduces Moodle's quiz 00 CIC, error ratio and standard error from its item variances", () => {
    // Σ markvariance over qstats00.csv's seven slots, and the square of Moodle's standard deviation 0.8117265554.
    const sumOfItemVariances = 0.2037333333 + 0.26 + 0.0177777796 + 0.2266666667 + 0.0933333333 + 0.24 + 0.11;
    const result = internalConsistency({ itemCount: 7, attemptCount: 25, sumOfItemVariances, totalVariance: 0.8117265554 ** 2 });
    expect(result.cicPercent).toBeCloseTo(-87.2230935542, 5);
    expect(result.errorRatioPercent).toBeCloseTo(136.8294900795, 5);
    expect(result.standardError).toBeCloseTo(1.1106813066, 7);
  });

  it('gives alpha 100 % and no error when items agree perfectly', () => {
    // Two identical items with variance v each: totals have variance 4v, so alpha = 2 · (1 − 2v/4v) = 1.
    expect(internalConsistency({ itemCount: 2, attemptCount: 10, sumOfItemVariances: 0.5, totalVariance: 1 })).toEqual({
      cicPercent: 100,
      errorRatioPercent: 0,
      standardError: 0,
    });
  });

  it('is undefined with fewer than three attempts, one item, or totals that do not vary', () => {
    const undefinedResult = { cicPercent: null, errorRatioPercent: null, standardError: null };
    expect(internalConsistency({ itemCount: 5, attemptCount: 2, sumOfItemVariances: 1, totalVariance: 2 })).toEqual(undefinedResult);
    expect(internalConsistency({ itemCount: 1, attemptCount: 9, sumOfItemVariances: 1, totalVariance: 1 })).toEqual(undefinedResult);
    expect(internalConsistency({ itemCount: 5, attemptCount: 9, sumOfItemVariances: 0, totalVariance: 0 })).toEqual(undefinedResult);
    expect(internalConsistency({ itemCount: 5, attemptCount: 9, sumOfItemVariances: 0, totalVariance: null })).toEqual(undefinedResult);
  });

  it('never takes the root of a negative number when float error pushes alpha a hair past 1', () => {
    // Impossible in exact arithmetic (alpha ≤ 1), but item variances summed in floats can land here.
    const result = internalConsistency({ itemCount: 2, attemptCount: 4, sumOfItemVariances: 0.5 - 1e-12, totalVariance: 1 });
    expect(result.errorRatioPercent).toBe(0);
  });
});
