import { expectClose } from '../../../../../test/fixtures/statistics/expect-close';
import { numberOf, numberOrNull, readGoldenCsv } from '../../../../../test/fixtures/statistics/golden-csv';
import { handWorkedMatrix, moodleQuestionStatesMatrix, moodleQuiz00Matrix } from '../../../../../test/fixtures/statistics/golden-matrices';
import { itemStatistics, type ItemStatistics } from './item-statistics';

type Column = [golden: string, ours: keyof ItemStatistics, scale: number];

describe('item statistics', () => {
  describe("match Moodle's quiz 00 walkthrough (qstats00.csv)", () => {
    const stats = itemStatistics(moodleQuiz00Matrix());
    // Moodle stores facility and sd as fractions of the max mark (1 here) and shows them ×100.
    const columns: Column[] = [
      ['facility', 'facilityPercent', 100],
      ['sd', 'sdPercent', 100],
      ['sd', 'standardDeviation', 1],
      ['effectiveweight', 'effectiveWeightPercent', 1],
      ['covariance', 'covariance', 1],
      ['markvariance', 'markVariance', 1],
      ['othermarkvariance', 'restVariance', 1],
      ['discriminationindex', 'discriminationIndex', 1],
      ['covariancemax', 'covarianceMax', 1],
      ['discriminativeefficiency', 'discriminativeEfficiency', 1],
    ];
    const rows = readGoldenCsv('moodle-quiz00/qstats00.csv');
    const cases = rows.flatMap((row) =>
      columns.map(([golden, ours, scale]) => [`slot ${row.slot} ${ours}`, row, golden, ours, scale] as const),
    );

    it.each(cases)('%s', (_title, row, golden, ours, scale) => {
      // The tolerances of Moodle's assert_stat_equals: relative 1e-5 for these four, 1e-6 for the rest.
      const relative = ['covariance', 'discriminationindex', 'discriminativeefficiency', 'effectiveweight'].includes(golden) ? 1e-5 : 1e-6;
      const item = stats[numberOf(row.slot) - 1];
      expectClose(`slot ${row.slot} ${ours}`, item[ours] as number | null, numberOf(row[golden]) * scale, { relative });
    });

    it('counts every attempt at every slot and weights the seven one-mark slots equally', () => {
      for (const item of stats) expect(item).toMatchObject({ attempts: 25, maxMark: 1 });
      for (const item of stats) expectClose('intendedWeightPercent', item.intendedWeightPercent, 100 / 7, { absolute: 1e-12 });
    });

    it('gives the point-biserial of the right/wrong slots as SciPy computes it (pointbiserial00.csv)', () => {
      expect(stats.map(({ dichotomous }) => dichotomous)).toEqual([false, true, false, true, false, true, false]);
      for (const row of readGoldenCsv('moodle-quiz00/pointbiserial00.csv')) {
        expectClose(`slot ${row.slot}`, stats[numberOf(row.slot) - 1].pointBiserial, numberOf(row.point_biserial), { absolute: 1e-12 });
      }
      for (const slot of [1, 3, 5, 7]) expect(stats[slot - 1].pointBiserial).toBeNull();
    });
  });

  describe("match Moodle's older question statistics test (statistics_test.php, mdl_question_states.csv)", () => {
    const matrix = moodleQuestionStatesMatrix();
    const stats = itemStatistics(matrix);
    const columns: Column[] = [
      ['facility_percent', 'facilityPercent', 1],
      ['sd_thousandths_of_a_mark', 'standardDeviation', 1 / 1000],
      ['effectiveweight', 'effectiveWeightPercent', 1],
      ['discriminationindex', 'discriminationIndex', 1],
      ['discriminativeefficiency', 'discriminativeEfficiency', 1],
    ];
    const rows = readGoldenCsv('moodle-question-states/expected-qstats.csv');
    const cases = rows.flatMap((row) =>
      columns.map(([golden, ours, scale]) => [`slot ${row.slot} ${ours}`, row, golden, ours, scale] as const),
    );

    it('reads 22 attempts whose recorded totals equal the sum of their marks', () => {
      expect(matrix.attempts).toHaveLength(22);
      matrix.attempts.forEach(({ scores }, i) =>
        expectClose(
          `attempt ${i}`,
          scores.reduce<number>((sum, score) => sum + (score ?? 0), 0),
          matrix.recordedTotals[i],
          { absolute: 1e-9 },
        ),
      );
    });

    it.each(cases)('%s', (_title, row, golden, ours, scale) => {
      const item = stats[numberOf(row.slot) - 1];
      const expected = numberOrNull(row[golden]);
      if (ours === 'standardDeviation' && expected === null) {
        // Moodle's test writes null for the zero-mark slots 5-7 but compares loosely (null == 0):
        // their marks are all 0, so the SD is 0; only the SD as a share of 0 marks is undefined.
        expect([item.standardDeviation, item.sdPercent]).toEqual([0, null]);
        return;
      }
      // Moodle's test: absolute delta 1e-6 on the scaled figures.
      expectClose(`slot ${row.slot} ${ours}`, item[ours] as number | null, expected === null ? null : expected * scale, {
        absolute: 1e-6 * scale,
      });
    });
  });

  describe('match the hand-worked 6 × 4 example (README.md)', () => {
    const stats = itemStatistics(handWorkedMatrix());
    const columns: Array<[string, keyof ItemStatistics]> = [
      ['attempts', 'attempts'],
      ['facility_percent', 'facilityPercent'],
      ['sd_percent', 'sdPercent'],
      ['intended_weight_percent', 'intendedWeightPercent'],
      ['effective_weight_percent', 'effectiveWeightPercent'],
      ['mark_variance', 'markVariance'],
      ['rest_variance', 'restVariance'],
      ['covariance', 'covariance'],
      ['covariance_max', 'covarianceMax'],
      ['discrimination_index', 'discriminationIndex'],
      ['discriminative_efficiency', 'discriminativeEfficiency'],
      ['covariance_with_total', 'covarianceWithTotal'],
      ['point_biserial', 'pointBiserial'],
    ];
    const rows = readGoldenCsv('hand-worked-6x4/expected-items.csv');
    const cases = rows.flatMap((row) => columns.map(([golden, ours]) => [`item ${row.item} ${ours}`, row, golden, ours] as const));

    it.each(cases)('%s', (_title, row, golden, ours) => {
      const item = stats[numberOf(row.item) - 1];
      // The golden file holds 10 decimal places.
      expectClose(`item ${row.item} ${ours}`, item[ours] as number | null, numberOrNull(row[golden]), { absolute: 1e-9 });
    });
  });

  describe('degenerate data gives nulls, never NaN', () => {
    const numbersOf = (item: ItemStatistics) => Object.values(item).filter((value): value is number => typeof value === 'number');

    it('leaves correlations undefined when everyone scores the same on an item', () => {
      const matrix = {
        maxMarks: [1, 1],
        attempts: [
          [1, 1],
          [1, 0],
          [1, 1],
          [1, 0],
          [1, 1],
        ].map((scores) => ({ scores })),
      };
      const [constant, varying] = itemStatistics(matrix);
      expect(constant).toMatchObject({
        facilityPercent: 100,
        standardDeviation: 0,
        sdPercent: 0,
        markVariance: 0,
        covariance: 0,
        covarianceMax: 0,
        discriminationIndex: null,
        discriminativeEfficiency: null,
        dichotomous: true,
        pointBiserial: null,
        covarianceWithTotal: 0,
        effectiveWeightPercent: 0,
      });
      // The rest of the paper is constant for the second item, so it cannot be judged either.
      expect(varying).toMatchObject({ discriminationIndex: null, discriminativeEfficiency: null, effectiveWeightPercent: 100 });
      expect(varying.pointBiserial).toBeCloseTo(1, 12);
      for (const item of [constant, varying]) for (const value of numbersOf(item)) expect(Number.isNaN(value)).toBe(false);
    });

    it('treats equal fractional marks as exactly constant, despite float rounding of their mean', () => {
      const [item] = itemStatistics({
        maxMarks: [1, 1],
        attempts: [
          [0.1, 0],
          [0.1, 1],
          [0.1, 1],
        ].map((scores) => ({ scores })),
      });
      expect(item).toMatchObject({ markVariance: 0, discriminationIndex: null, discriminativeEfficiency: null });
    });

    it('reports an item nobody was shown with zero attempts and no figures', () => {
      const [unseen] = itemStatistics({ maxMarks: [1, 1], attempts: [{ scores: [null, 1] }, { scores: [null, 0] }] });
      expect(unseen).toEqual({
        item: 0,
        attempts: 0,
        maxMark: 1,
        facilityPercent: null,
        standardDeviation: null,
        sdPercent: null,
        intendedWeightPercent: 50,
        covarianceWithTotal: null,
        effectiveWeightPercent: null,
        dichotomous: false,
        pointBiserial: null,
        markVariance: null,
        restVariance: null,
        covariance: null,
        covarianceMax: null,
        discriminationIndex: null,
        discriminativeEfficiency: null,
      });
    });

    it('computes an item over the attempts that saw it, against their totals', () => {
      // Item 0 seen by attempts 0, 1, 3 with marks 1, 0, 1 and totals 3, 0, 2 (rest 2, 0, 1):
      // mean 2/3, var 1/3; rest mean 1, var 1; cov(item, rest) = ((1/3)(1) + (−2/3)(−1) + (1/3)(0)) / 2 = 1/2;
      // DI = 100 · (1/2) / √(1/3 · 1) = 86.60…; sorted pairs give the same sum, so DE = 100.
      const matrix = {
        maxMarks: [1, 2],
        attempts: [
          [1, 2],
          [0, 0],
          [null, 1],
          [1, 1],
        ].map((scores) => ({ scores })),
      };
      const [item] = itemStatistics(matrix);
      expect(item.attempts).toBe(3);
      expectClose('facilityPercent', item.facilityPercent, 200 / 3, { absolute: 1e-9 });
      expectClose('markVariance', item.markVariance, 1 / 3, { absolute: 1e-12 });
      expectClose('restVariance', item.restVariance, 1, { absolute: 1e-12 });
      expectClose('covariance', item.covariance, 0.5, { absolute: 1e-12 });
      expectClose('discriminationIndex', item.discriminationIndex, 50 * Math.sqrt(3), { absolute: 1e-9 });
      expectClose('discriminativeEfficiency', item.discriminativeEfficiency, 100, { absolute: 1e-9 });
    });

    it('has a facility but no spread with a single attempt', () => {
      const [item] = itemStatistics({ maxMarks: [2], attempts: [{ scores: [1] }] });
      expect(item).toMatchObject({
        attempts: 1,
        facilityPercent: 50,
        standardDeviation: null,
        sdPercent: null,
        discriminationIndex: null,
        effectiveWeightPercent: null,
        intendedWeightPercent: 100,
      });
    });

    it('leaves facility and weights undefined for items worth no marks', () => {
      const [description] = itemStatistics({ maxMarks: [0], attempts: [{ scores: [0] }, { scores: [0] }] });
      expect(description).toMatchObject({
        facilityPercent: null,
        sdPercent: null,
        standardDeviation: 0,
        intendedWeightPercent: null,
        dichotomous: false,
        pointBiserial: null,
        effectiveWeightPercent: null,
      });
    });

    it('returns no items for a paper with none', () => {
      expect(itemStatistics({ maxMarks: [], attempts: [{ scores: [] }] })).toEqual([]);
    });
  });
});
