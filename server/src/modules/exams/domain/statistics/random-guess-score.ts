import type { QuestionType } from '../../../question-bank/domain/question-draft';

/**
 * The mark a candidate would expect from guessing blindly, as a percentage of the item's marks,
 * following each Moodle question type's get_random_guess_score():
 *
 * - single (qtype_multichoice, single): the mean of the options' fractions; with one right option
 *   worth 1 and the rest 0 that is 1 / number of options.
 * - true_false (qtype_truefalse): 1/2.
 * - multiple (qtype_multichoice, multiple): null; Moodle's core type returns null ("pretty much
 *   impossible to compute") since the expectation depends on how many boxes a guesser ticks.
 * - every other type: null; there is no finite set of answers to guess among.
 *
 * Facility close to this figure means the item told candidates apart no better than a coin.
 */
export function randomGuessScorePercent(type: QuestionType, optionCount?: number): number | null {
  switch (type) {
    case 'single':
      return optionCount !== undefined && Number.isInteger(optionCount) && optionCount > 0 ? 100 / optionCount : null;
    case 'true_false':
      return 50;
    case 'multiple':
    case 'fill_blank':
    case 'numeric':
    case 'matching':
    case 'ordering':
    case 'essay':
      return null;
  }
}
