import { describeScores, median } from './score-distribution';

describe('score distribution', () => {
  it("takes Moodle's median: the middle total, or the mean of the middle two", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it("computes skewness and kurtosis from the k-statistics, as SciPy's skew/kurtosis(bias=False) do", () => {
    // SciPy 1.17.1: scipy.stats.skew([1, 2, 2, 3, 9], bias=False) and kurtosis(..., bias=False).
    const stats = describeScores([1, 2, 2, 3, 9]);
    expect(stats.skewness).toBeCloseTo(1.9693601762387913, 12);
    expect(stats.kurtosis).toBeCloseTo(4.069186539730421, 12);
  });

  it('needs three totals for skewness and four for kurtosis', () => {
    expect(describeScores([1, 2])).toMatchObject({ skewness: null, kurtosis: null, variance: 0.5 });
    const three = describeScores([1, 2, 4]);
    expect(three.skewness).not.toBeNull();
    expect(three.kurtosis).toBeNull();
  });

  it('leaves shape undefined when every total is the same', () => {
    expect(describeScores([7, 7, 7, 7])).toEqual({
      count: 4,
      mean: 7,
      median: 7,
      variance: 0,
      standardDeviation: 0,
      skewness: null,
      kurtosis: null,
    });
  });
});
