/**
 * The grades Moodle accepts for an answer (question_bank::fraction_options_full, as fractions of 1):
 * its importer refuses a file whose answers use any other value ("Error if grade not listed", the
 * default of qformat_default::$matchgrades) and so does Kaoping, naming the question and the value.
 */
const ALLOWED = [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0];

/** match_grade_options' tolerance: 33.33333 % and 33.3333333 % are both one third. */
const TOLERANCE = 0.00001;

/** The grade Moodle would store for a percentage, rounded to its seven places, or undefined when it refuses it. */
export function moodleFraction(percent: number): number | undefined {
  if (!Number.isFinite(percent)) return undefined;
  const fraction = percent / 100;
  const match = ALLOWED.find((allowed) => Math.abs(Math.abs(fraction) - allowed) < TOLERANCE);
  return match === undefined ? undefined : Math.sign(fraction) * match;
}

export function invalidGradeMessage(question: string, percent: string): string {
  return `题目「${question}」的答案得分 ${percent}% 不是 Moodle 允许的得分比例（如 100、90、83.33333、75、66.66667、50、33.33333、25、20、10、5、0 及其负值）；Moodle 同样拒绝这样的文件，整个文件未导入，请改正后重新导入`;
}

/** Seven places, as Moodle stores fractions; 1/3 comes back as 33.33333 %. */
export function percentOf(fraction: number): string {
  return String(Math.round(fraction * 100 * 1e5) / 1e5);
}
