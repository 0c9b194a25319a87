import type { Grader } from './grader';
import { gradeFromFraction, UNANSWERED } from './grade-result';

export const gradeSingle: Grader<'single'> = (body, answer) => {
  if (answer === null || answer === undefined || answer === '') return UNANSWERED;
  return gradeFromFraction(answer === body.answer ? 1 : 0);
};
