import type { Grader } from './grader';
import { gradeFromFraction, UNANSWERED } from './grade-result';

/**
 * Part marks follow Moodle qtype_ordering's "relative to the next item, excluding last": each item
 * but the last scores when the item placed right after it is its correct successor, out of n − 1.
 * Counting absolute positions instead would zero a question for one item put first that belongs
 * last, although every other item keeps its right neighbour (A B C D E answered B C D E A earns 3/4).
 */
export const gradeOrdering: Grader<'ordering'> = (body, answer, options) => {
  if (answer === null || answer === undefined) return UNANSWERED;
  if (!Array.isArray(answer)) return gradeFromFraction(0);
  const response: unknown[] = answer;
  if (response.length === 0) return UNANSWERED;
  const key = body.answer;
  const isPermutation =
    response.length === key.length &&
    new Set(response).size === key.length &&
    response.every((id) => typeof id === 'string' && key.includes(id));
  if (!isPermutation) return gradeFromFraction(0);
  const exact = response.every((id, i) => id === key[i]);
  if (exact) return gradeFromFraction(1);
  if (!options.partialCredit) return gradeFromFraction(0);
  const successor = new Map(key.slice(0, -1).map((id, i) => [id, key[i + 1]]));
  let kept = 0;
  for (let i = 0; i < response.length - 1; i++) {
    if (successor.get(response[i] as string) === response[i + 1]) kept++;
  }
  return gradeFromFraction(kept / (key.length - 1));
};
