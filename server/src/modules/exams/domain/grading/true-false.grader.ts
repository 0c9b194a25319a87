import type { Grader } from './grader';
import { gradeFromFraction, UNANSWERED } from './grade-result';

export const gradeTrueFalse: Grader<'true_false'> = (body, answer) => {
  if (answer === null || answer === undefined) return UNANSWERED;
  return gradeFromFraction(answer === body.answer ? 1 : 0);
};
