import { correlation } from './subject-kpi-correlation';

// Golden value from Python's statistics.correlation (0.96412…), as a spreadsheet's CORREL gives it.
const xs = [0.4, 0.5, 0.55, 0.6, 0.7, 0.75, 0.8, 0.9];
const ys = [0.3, 0.45, 0.4, 0.5, 0.6, 0.55, 0.7, 0.8];

describe("a subject's level against a KPI", () => {
  it("is Pearson's r over the people with both", () => {
    expect(correlation(xs.map((level, i) => ({ level, kpi: ys[i] })))).toEqual({ n: 8, r: 0.964, conclusive: true });
    expect(correlation(xs.map((level, i) => ({ level, kpi: -ys[i] }))).r).toBe(-0.964);
  });

  it('says the data is too thin rather than give a number over a handful of people', () => {
    expect(correlation(xs.slice(0, 7).map((level, i) => ({ level, kpi: ys[i] })))).toEqual({
      n: 7,
      r: null,
      conclusive: false,
      why: 'too_few',
    });
    expect(correlation(xs.map((level) => ({ level, kpi: 0.5 })))).toEqual({ n: 8, r: null, conclusive: false, why: 'no_spread' });
  });
});
