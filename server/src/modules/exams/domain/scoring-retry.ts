/**
 * How long after the n-th failed scoring of an attempt it is tried again, in seconds; the last step
 * repeats. Short at first (a deadlock or a dropped connection passes), then long enough that an
 * attempt whose grading throws every time costs the scoring almost nothing while it waits for a fix.
 */
export const SCORING_RETRY_SECONDS: readonly number[] = [5, 15, 60, 300, 900];
