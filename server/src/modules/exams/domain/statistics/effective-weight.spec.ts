import { effectiveWeights } from './effective-weight';

describe('effective weight', () => {
  it('shares 100 % among items in proportion to the root of their covariance with the total', () => {
    // √0.04 = 0.2, √0.09 = 0.3, √0.25 = 0.5
    const weights = effectiveWeights([0.04, 0.09, 0.25]);
    [20, 30, 50].forEach((expected, i) => expect(weights[i]).toBeCloseTo(expected, 12));
  });

  it('leaves out items that covary negatively with the total, and gives them null', () => {
    const weights = effectiveWeights([0.04, -0.01, 0.16]);
    expect(weights[1]).toBeNull();
    expect(weights[0]).toBeCloseTo(100 / 3, 12);
    expect(weights[2]).toBeCloseTo(200 / 3, 12);
  });

  it('gives a constant item 0 %, and nulls when there is nothing to share', () => {
    expect(effectiveWeights([0, 0.01])).toEqual([0, 100]);
    expect(effectiveWeights([0, 0])).toEqual([null, null]);
    expect(effectiveWeights([null, 0.01])).toEqual([null, 100]);
    expect(effectiveWeights([])).toEqual([]);
  });
});
