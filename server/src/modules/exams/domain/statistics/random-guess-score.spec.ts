import { numberOrNull, readGoldenCsv } from '../../../../../test/fixtures/statistics/golden-csv';
import { QUESTION_TYPES, type QuestionType } from '../../../question-bank/domain/question-draft';
import { randomGuessScorePercent } from './random-guess-score';

describe('random guess score', () => {
  it('is one in the number of options for a single-answer item', () => {
    expect(randomGuessScorePercent('single', 4)).toBe(25);
    expect(randomGuessScorePercent('single', 3)).toBeCloseTo(100 / 3, 12);
  });

  it('is a coin toss for true/false', () => {
    expect(randomGuessScorePercent('true_false')).toBe(50);
  });

  it('is not estimated for multiple-answer items, as in Moodle, nor for types without a set of answers', () => {
    for (const type of QUESTION_TYPES.filter((t) => t !== 'single' && t !== 'true_false'))
      expect(randomGuessScorePercent(type, 4)).toBeNull();
  });

  it('is not estimated for a single-answer item whose options are unknown', () => {
    expect(randomGuessScorePercent('single')).toBeNull();
    expect(randomGuessScorePercent('single', 0)).toBeNull();
  });

  it('matches the hand-worked example (README.md)', () => {
    const items = readGoldenCsv('hand-worked-6x4/items.csv');
    const expected = readGoldenCsv('hand-worked-6x4/expected-items.csv');
    items.forEach((item, i) => {
      const optionCount = item.options === '' ? undefined : item.options.split('|').length;
      expect(randomGuessScorePercent(item.type as QuestionType, optionCount)).toBe(numberOrNull(expected[i].random_guess_percent));
    });
  });
});
