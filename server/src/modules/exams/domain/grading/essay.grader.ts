import type { Grader } from './grader';
import { UNANSWERED } from './grade-result';

/** A marker scores essays against the rubric; until then they hold no marks. */
export const gradeEssay: Grader<'essay'> = (_body, answer) => {
  if (typeof answer !== 'string' || answer.trim() === '') return UNANSWERED;
  return { fraction: 0, state: 'needs_grading' };
};
