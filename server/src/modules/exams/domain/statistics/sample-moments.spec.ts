import { isConstant, mean, pearsonCorrelation, sampleCovariance, sampleVariance, sumOfPoweredDeviations } from './sample-moments';

describe('sample moments', () => {
  it('uses the n − 1 divisor for variance and covariance', () => {
    expect(sampleVariance([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(32 / 7, 12);
    expect(sampleCovariance([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 12);
  });

  it('gives exactly 0 spread for equal values that float rounding would otherwise smear', () => {
    // (0.1 + 0.1 + 0.1) / 3 is 0.10000000000000002, so a naive variance comes out near 1e-34.
    expect(sampleVariance([0.1, 0.1, 0.1])).toBe(0);
    expect(sumOfPoweredDeviations([0.1, 0.1, 0.1], 3)).toBe(0);
    expect(sampleCovariance([0.1, 0.1, 0.1], [1, 2, 3])).toBe(0);
    expect(isConstant([0.1, 0.1, 0.1])).toBe(true);
  });

  it('answers null rather than NaN when a figure is undefined', () => {
    expect(mean([])).toBeNull();
    expect(sampleVariance([3])).toBeNull();
    expect(sampleCovariance([1], [2])).toBeNull();
    expect(pearsonCorrelation([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearsonCorrelation([1, 2], [5, 5])).toBeNull();
    expect(pearsonCorrelation([], [])).toBeNull();
  });

  it("correlates as Pearson's r", () => {
    expect(pearsonCorrelation([1, 2, 3, 4], [2, 4, 6, 8])).toBeCloseTo(1, 12);
    expect(pearsonCorrelation([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1, 12);
    // Σxy-deviations 2, Σx² 2, Σy² 8 → r = 2 / √16 = 0.5
    expect(pearsonCorrelation([1, 2, 3], [0, 4, 2])).toBeCloseTo(0.5, 12);
  });

  it('refuses columns of different lengths', () => {
    expect(() => sampleCovariance([1, 2], [1])).toThrow(RangeError);
  });
});
