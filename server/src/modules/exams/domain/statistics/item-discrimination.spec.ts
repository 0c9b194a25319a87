import { itemDiscrimination } from './item-discrimination';

describe('item discrimination', () => {
  it('reaches 100 % efficiency when the item ranks candidates exactly as the rest of the paper does', () => {
    const result = itemDiscrimination([0, 0, 1, 1], [1, 2, 3, 4]);
    expect(result.discriminativeEfficiency).toBeCloseTo(100, 12);
    expect(result.discriminationIndex).toBeLessThan(100);
  });

  it('is negative when stronger candidates do worse on the item', () => {
    const result = itemDiscrimination([1, 1, 0, 0], [1, 2, 3, 4]);
    expect(result.discriminationIndex).toBeLessThan(0);
    expect(result.discriminativeEfficiency).toBeCloseTo(-100, 12);
  });

  it('is undefined for fewer than two attempts or a constant column', () => {
    expect(itemDiscrimination([1], [3])).toEqual({
      markVariance: null,
      restVariance: null,
      covariance: null,
      covarianceMax: null,
      discriminationIndex: null,
      discriminativeEfficiency: null,
    });
    expect(itemDiscrimination([], [])).toMatchObject({ discriminationIndex: null, discriminativeEfficiency: null });
    expect(itemDiscrimination([1, 0, 1], [2, 2, 2])).toMatchObject({
      restVariance: 0,
      covariance: 0,
      covarianceMax: 0,
      discriminationIndex: null,
      discriminativeEfficiency: null,
    });
  });
});
