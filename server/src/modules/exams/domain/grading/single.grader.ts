import type { Grader } from './grader';
import { gradeFromFraction, UNANSWERED } from './grade-result';

/** The key earns full marks; an option with partial credit (imported from Moodle or GIFT) earns its fraction. */
export const gradeSingle: Grader<'single'> = (body, answer) => {
  if (answer === null || answer === undefined || answer === '') return UNANSWERED;
  if (answer === body.answer) return gradeFromFraction(1);
  return gradeFromFraction(typeof answer === 'string' ? (body.credit?.[answer] ?? 0) : 0);
};
