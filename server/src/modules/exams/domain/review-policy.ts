/**
 * What a candidate may see of their attempt, and when (Moodle's review options as a grid).
 * `afterSubmit` applies from submission; `afterClose` once the sitting has closed for everyone who
 * could still answer its questions (not when one person's window closes: see closedForEveryoneSql).
 */
export interface ReviewVisibility {
  score: boolean;
  correctness: boolean;
  rightAnswers: boolean;
  explanations: boolean;
}

export interface ReviewPolicy {
  afterSubmit: ReviewVisibility;
  afterClose: ReviewVisibility;
}

/** A monthly quiz: the score at once; right answers and explanations once everyone is done. */
export const DEFAULT_REVIEW_POLICY: ReviewPolicy = {
  afterSubmit: { score: true, correctness: false, rightAnswers: false, explanations: false },
  afterClose: { score: true, correctness: true, rightAnswers: true, explanations: true },
};

const NOTHING: ReviewVisibility = { score: false, correctness: false, rightAnswers: false, explanations: false };

/** What may be shown now. Nothing before submission; closing the window can only add to what submission showed. */
export function visibleNow(policy: ReviewPolicy, submitted: boolean, windowClosed: boolean): ReviewVisibility {
  if (!submitted) return NOTHING;
  if (!windowClosed) return policy.afterSubmit;
  return {
    score: policy.afterSubmit.score || policy.afterClose.score,
    correctness: policy.afterSubmit.correctness || policy.afterClose.correctness,
    rightAnswers: policy.afterSubmit.rightAnswers || policy.afterClose.rightAnswers,
    explanations: policy.afterSubmit.explanations || policy.afterClose.explanations,
  };
}
