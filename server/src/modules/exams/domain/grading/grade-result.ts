/**
 * What grading one answer yields, after Moodle's question_state (question/engine/states.php):
 * a fraction of the question's marks and a state a candidate and a marker can read.
 * Essays are 'needs_grading' with fraction 0 until a marker scores them.
 */
export type GradeState = 'correct' | 'partial' | 'incorrect' | 'unanswered' | 'needs_grading';

export interface GradeResult {
  /** 0..1, rounded to 7 decimal places */
  fraction: number;
  state: GradeState;
}

/**
 * - all_or_nothing: 多选、少选、错选均不得分.
 * - partial_half: 少选得一半 — a non-empty strict subset of the key earns half; any wrong option earns nothing.
 * - proportional_penalty: each right option earns 1/key, each wrong option takes 1/key back, never below 0.
 */
export type MultipleChoiceRule = 'all_or_nothing' | 'partial_half' | 'proportional_penalty';

export interface GradingOptions {
  multipleRule: MultipleChoiceRule;
  /** matching, ordering and fill_blank with several blanks earn part marks for the parts they get right */
  partialCredit: boolean;
}

/**
 * 多选题 all-or-nothing is how county exams are usually marked (多选、少选、错选均不得分); part marks
 * for the other composite types match both 每空计分 practice and Moodle's defaults for matching and ordering.
 */
export const DEFAULT_GRADING_OPTIONS: Readonly<GradingOptions> = Object.freeze({ multipleRule: 'all_or_nothing', partialCredit: true });

export const UNANSWERED: Readonly<GradeResult> = Object.freeze({ fraction: 0, state: 'unanswered' });

/**
 * The result for an answered, auto-graded question. Rounding to 7 places keeps sums such as
 * 0.1 + 0.2 from leaking float noise into scores, as Moodle stores fractions with 7 places (question_attempt_steps.fraction).
 */
export function gradeFromFraction(fraction: number): GradeResult {
  const rounded = Math.round(Math.min(1, Math.max(0, fraction)) * 1e7) / 1e7;
  if (rounded >= 1) return { fraction: 1, state: 'correct' };
  if (rounded <= 0) return { fraction: 0, state: 'incorrect' };
  return { fraction: rounded, state: 'partial' };
}
