import { expectClose } from '../../../../../test/fixtures/statistics/expect-close';
import { numberOf, readGoldenCsv } from '../../../../../test/fixtures/statistics/golden-csv';
import { moodleQuiz00Matrix } from '../../../../../test/fixtures/statistics/golden-matrices';
import { distractorAnalysis, type ItemDistractors, type ItemResponse } from './distractor-analysis';
import { itemStatistics } from './item-statistics';

const BLANK = '(blank)';

function expectTallies(
  analysis: ItemDistractors[],
  expectedRows: Array<Record<string, string>>,
  itemOf: (row: Record<string, string>) => number,
) {
  for (const row of expectedRows) {
    const item = analysis.find((entry) => entry.item === itemOf(row));
    const tally = row.option === BLANK ? item?.blank : item?.options.find(({ option }) => option === row.option);
    expect({ item: itemOf(row), option: row.option, count: tally?.count }).toEqual({
      item: itemOf(row),
      option: row.option,
      count: numberOf(row.count),
    });
    expectClose(`item ${itemOf(row)} ${row.option} %`, tally?.percent, numberOf(row.percent), { absolute: 1e-9 });
  }
}

describe('distractor analysis', () => {
  describe("counts the choices in Moodle's quiz 00 walkthrough (steps00.csv)", () => {
    // Slot 4 is true/false (1 = true), slot 5 multiple-answer over Four/One/Three/Two, slot 6 single-answer.
    const steps = readGoldenCsv('moodle-quiz00/steps00.csv');
    const multiple = ['Four', 'One', 'Three', 'Two'];
    const records: ItemResponse[] = steps.flatMap((row) => [
      { item: 3, response: row['responses.4.answer'] },
      { item: 4, response: multiple.filter((option) => row[`responses.5.${option}`] === '1').join(',') },
      { item: 5, response: row['responses.6.answer'] },
    ]);
    const known = [undefined, undefined, undefined, ['1', '0'], ['One', 'Two', 'Three', 'Four'], ['One', 'Two', 'Three', 'Four']];
    const analysis = distractorAnalysis(records, known);

    it('tallies every option as expected-responsecounts00.csv lists', () => {
      expect(analysis.map(({ item, responses }) => [item, responses])).toEqual([
        [3, 25],
        [4, 25],
        [5, 25],
      ]);
      expectTallies(analysis, readGoldenCsv('moodle-quiz00/expected-responsecounts00.csv'), (row) => numberOf(row.slot) - 1);
    });

    it("agrees with Moodle's facility for the keyed options", () => {
      const facility = itemStatistics(moodleQuiz00Matrix()).map(({ facilityPercent }) => facilityPercent);
      const percentOf = (item: number, option: string) =>
        analysis.find((entry) => entry.item === item)?.options.find((tally) => tally.option === option)?.percent;
      expectClose('slot 4 true', percentOf(3, '1'), facility[3], { absolute: 1e-9 });
      expectClose('slot 6 One', percentOf(5, 'One'), facility[5], { absolute: 1e-9 });
      // Slot 5's key is One + Three, half a mark each, and every candidate ticked exactly two boxes.
      expectClose('slot 5 One + Three', ((percentOf(4, 'One') ?? 0) + (percentOf(4, 'Three') ?? 0)) / 2, facility[4], { absolute: 1e-9 });
    });
  });

  it('matches the hand-worked example, blanks and untaken distractors included (README.md)', () => {
    const records = readGoldenCsv('hand-worked-6x4/responses.csv').map((row) => ({ item: numberOf(row.item) - 1, response: row.response }));
    const known = readGoldenCsv('hand-worked-6x4/items.csv').map((row) => (row.options === '' ? undefined : row.options.split('|')));
    const analysis = distractorAnalysis(records, known);
    expect(analysis.map(({ item }) => item)).toEqual([0, 1, 2]);
    expectTallies(analysis, readGoldenCsv('hand-worked-6x4/expected-responses.csv'), (row) => numberOf(row.item) - 1);
  });

  it('lists unexpected options after the known ones, and counts each option once per response', () => {
    const [item] = distractorAnalysis(
      [
        { item: 0, response: 'Z, B,B' },
        { item: 0, response: ' ' },
      ],
      [['A', 'B']],
    );
    expect(item).toEqual({
      item: 0,
      responses: 2,
      blank: { count: 1, percent: 50 },
      options: [
        { option: 'A', count: 0, percent: 0 },
        { option: 'B', count: 1, percent: 50 },
        { option: 'Z', count: 1, percent: 50 },
      ],
    });
  });

  it('shows known options of an item nobody answered with no percentages', () => {
    expect(distractorAnalysis([], [['A', 'B']])).toEqual([
      {
        item: 0,
        responses: 0,
        blank: { count: 0, percent: null },
        options: [
          { option: 'A', count: 0, percent: null },
          { option: 'B', count: 0, percent: null },
        ],
      },
    ]);
    expect(distractorAnalysis([])).toEqual([]);
  });
});
