import type { Grader } from './grader';
import { gradeFromFraction, UNANSWERED } from './grade-result';

export const gradeMultiple: Grader<'multiple'> = (body, answer, options) => {
  if (answer === null || answer === undefined) return UNANSWERED;
  if (!Array.isArray(answer)) return gradeFromFraction(0);
  if (answer.length === 0) return UNANSWERED;
  const key = new Set(body.answer);
  const chosen = new Set<unknown>(answer);
  let rightChosen = 0;
  let wrongChosen = 0;
  for (const id of chosen) {
    if (typeof id === 'string' && key.has(id)) rightChosen++;
    else wrongChosen++;
  }
  const exact = wrongChosen === 0 && rightChosen === key.size;
  switch (options.multipleRule) {
    case 'all_or_nothing':
      return gradeFromFraction(exact ? 1 : 0);
    case 'partial_half':
      // 少选得一半: missing options are forgiven by half, a wrong one never is
      if (exact) return gradeFromFraction(1);
      return gradeFromFraction(wrongChosen === 0 && rightChosen > 0 ? 0.5 : 0);
    case 'proportional_penalty':
      // a wrong option cancels a right one, so ticking every box earns nothing
      return gradeFromFraction(key.size === 0 ? 0 : (rightChosen - wrongChosen) / key.size);
  }
};
