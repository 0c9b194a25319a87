import type { Grader } from './grader';
import { gradeFromFraction, UNANSWERED } from './grade-result';

export const gradeMatching: Grader<'matching'> = (body, answer, options) => {
  if (answer === null || answer === undefined) return UNANSWERED;
  if (typeof answer !== 'object' || Array.isArray(answer)) return gradeFromFraction(0);
  const pairs = new Map(Object.entries(answer as Record<string, unknown>));
  if (pairs.size === 0) return UNANSWERED;
  const lefts = body.left.map((l) => l.id);
  if (lefts.length === 0) return gradeFromFraction(0);
  const correct = lefts.filter((left) => {
    const right = pairs.get(left);
    return right !== undefined && right === body.answer[left];
  }).length;
  if (options.partialCredit) return gradeFromFraction(correct / lefts.length);
  return gradeFromFraction(correct === lefts.length ? 1 : 0);
};
