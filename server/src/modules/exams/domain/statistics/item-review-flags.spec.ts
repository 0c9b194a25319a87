import { readGoldenCsv } from '../../../../../test/fixtures/statistics/golden-csv';
import { handWorkedMatrix, moodleQuiz00Matrix } from '../../../../../test/fixtures/statistics/golden-matrices';
import { itemStatistics } from './item-statistics';
import { reviewItem, reviewItems } from './item-review-flags';

const stats = (discriminationIndex: number | null, discriminativeEfficiency: number | null, attempts = 30) => ({
  item: 7,
  attempts,
  discriminationIndex,
  discriminativeEfficiency,
});

describe('item review flags', () => {
  it('flags an item whose discriminative efficiency is below 15 %', () => {
    expect(reviewItem(stats(6.1, 8.34))).toEqual({ item: 7, status: 'flagged', reasons: ['区分效率低于 15%（当前 8.3%）'] });
  });

  it('flags an item with a negative discrimination index, giving both reasons when both apply', () => {
    expect(reviewItem(stats(-12, 40))).toEqual({ item: 7, status: 'flagged', reasons: ['区分度为负（-12.0）'] });
    expect(reviewItem(stats(-12, -20.04))).toEqual({
      item: 7,
      status: 'flagged',
      reasons: ['区分效率低于 15%（当前 -20.0%）', '区分度为负（-12.0）'],
    });
  });

  it('passes an item at exactly 15 % efficiency with a positive index', () => {
    expect(reviewItem(stats(10, 15))).toEqual({ item: 7, status: 'ok' });
  });

  it('does not flag an item whose figures are undefined (everyone scored the same)', () => {
    expect(reviewItem(stats(null, null))).toEqual({ item: 7, status: 'ok' });
  });

  it('never shows a negative index as "-0.0"', () => {
    expect(reviewItem(stats(-0.04, 20))).toEqual({ item: 7, status: 'flagged', reasons: ['区分度为负（-0.040）'] });
  });

  it('judges nothing below 5 attempts and says why', () => {
    expect(reviewItem(stats(-50, -60, 4))).toEqual({
      item: 7,
      status: 'too_few_attempts',
      note: '作答人次不足 5（当前 4），统计结果不稳定，暂不标记',
    });
    expect(reviewItem(stats(-50, -60, 5)).status).toBe('flagged');
  });

  it('flags the negatively discriminating item of the hand-worked example (README.md)', () => {
    const expected = readGoldenCsv('hand-worked-6x4/expected-review.csv').map((row) =>
      row.status === 'flagged'
        ? { item: Number(row.item) - 1, status: 'flagged', reasons: row.reasons.split('|') }
        : { item: Number(row.item) - 1, status: row.status },
    );
    expect(reviewItems(itemStatistics(handWorkedMatrix()))).toEqual(expected);
  });

  it("flags all seven slots of Moodle's quiz 00, whose items all discriminate negatively", () => {
    const reviews = reviewItems(itemStatistics(moodleQuiz00Matrix()));
    expect(reviews.map(({ status }) => status)).toEqual(Array(7).fill('flagged'));
    expect(reviews[0]).toEqual({ item: 0, status: 'flagged', reasons: ['区分效率低于 15%（当前 -9.5%）', '区分度为负（-7.1）'] });
  });
});
