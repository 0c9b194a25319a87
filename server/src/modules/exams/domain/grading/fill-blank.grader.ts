import type { Grader } from './grader';
import { isBlankText, normalizeBlankText } from './blank-text';
import { gradeFromFraction, UNANSWERED } from './grade-result';

export const gradeFillBlank: Grader<'fill_blank'> = (body, answer, options) => {
  if (answer === null || answer === undefined) return UNANSWERED;
  if (!Array.isArray(answer)) return gradeFromFraction(0);
  const responses: unknown[] = answer;
  if (responses.every((r) => typeof r !== 'string' || isBlankText(r))) return UNANSWERED;
  const blanks = body.answer.length;
  if (blanks === 0) return gradeFromFraction(0);
  let correct = 0;
  body.answer.forEach((accepted, i) => {
    const response = responses[i];
    if (typeof response !== 'string' || isBlankText(response)) return;
    const given = normalizeBlankText(response);
    if (accepted.some((a) => normalizeBlankText(a) === given)) correct++;
  });
  if (options.partialCredit) return gradeFromFraction(correct / blanks);
  return gradeFromFraction(correct === blanks ? 1 : 0);
};
