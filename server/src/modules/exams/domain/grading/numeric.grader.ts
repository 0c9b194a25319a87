import type { Grader } from './grader';
import { gradeFromFraction, UNANSWERED } from './grade-result';

/**
 * Slack for binary floating point: |0.4 − 0.3| is 0.10000000000000003, which must still count as
 * within a tolerance of 0.1. Relative to the size of the key so that large values are treated alike.
 */
const floatNoise = (...magnitudes: number[]) => 1e-9 * Math.max(1, ...magnitudes.map(Math.abs));

export const gradeNumeric: Grader<'numeric'> = (body, answer) => {
  if (answer === null || answer === undefined) return UNANSWERED;
  if (typeof answer !== 'number' || !Number.isFinite(answer)) return gradeFromFraction(0);
  const key = body.answer;
  if ('value' in key) {
    const tolerance = Math.abs(key.tolerance ?? 0);
    return gradeFromFraction(Math.abs(answer - key.value) <= tolerance + floatNoise(key.value) ? 1 : 0);
  }
  const noise = floatNoise(key.min, key.max);
  return gradeFromFraction(answer >= key.min - noise && answer <= key.max + noise ? 1 : 0);
};
