import type { ItemStatistics } from './item-statistics';

/**
 * Which items a setter should look at again, with the reasons in the words the report shows.
 *
 * - Discriminative efficiency below 15 % is Moodle's own "dubious question" test
 *   (mod/quiz/report/statistics/statistics_table.php, is_dubious_question).
 * - A negative discrimination index means candidates who did well on the rest of the paper did
 *   worse on this item: often a wrong key or an ambiguous stem.
 * - Below 5 attempts these figures swing on a single candidate, so no item is judged at all.
 */
export const MIN_ATTEMPTS_FOR_REVIEW = 5;
export const MIN_DISCRIMINATIVE_EFFICIENCY_PERCENT = 15;

export type ItemReview =
  | { item: number; status: 'too_few_attempts'; note: string }
  | { item: number; status: 'flagged'; reasons: string[] }
  | { item: number; status: 'ok' };

type ReviewInput = Pick<ItemStatistics, 'item' | 'attempts' | 'discriminationIndex' | 'discriminativeEfficiency'>;

export function reviewItem({ item, attempts, discriminationIndex, discriminativeEfficiency }: ReviewInput): ItemReview {
  if (attempts < MIN_ATTEMPTS_FOR_REVIEW) {
    return {
      item,
      status: 'too_few_attempts',
      note: `作答人次不足 ${MIN_ATTEMPTS_FOR_REVIEW}（当前 ${attempts}），统计结果不稳定，暂不标记`,
    };
  }
  const reasons: string[] = [];
  if (discriminativeEfficiency !== null && discriminativeEfficiency < MIN_DISCRIMINATIVE_EFFICIENCY_PERCENT) {
    reasons.push(`区分效率低于 ${MIN_DISCRIMINATIVE_EFFICIENCY_PERCENT}%（当前 ${oneDecimal(discriminativeEfficiency)}%）`);
  }
  if (discriminationIndex !== null && discriminationIndex < 0) {
    reasons.push(`区分度为负（${oneDecimal(discriminationIndex)}）`);
  }
  return reasons.length > 0 ? { item, status: 'flagged', reasons } : { item, status: 'ok' };
}

export function reviewItems(items: readonly ReviewInput[]): ItemReview[] {
  return items.map(reviewItem);
}

/** One decimal, except that a value which would round to "-0.0" or "0.0" keeps two significant digits. */
function oneDecimal(value: number): string {
  const rounded = value.toFixed(1);
  return value !== 0 && Number(rounded) === 0 ? value.toPrecision(2) : rounded;
}
