import type { QuestionContent } from '../../question-bank/domain/question-draft';
import { CandidateQuestion, candidateQuestion } from '../domain/candidate-question';
import { presentedContent, shownAnswer } from '../domain/choice-presentation';
import { visibleNow, ReviewVisibility } from '../domain/review-policy';
import type { AttemptRow, SlotRow } from '../persistence/attempt.repository';
import type { SittingRow } from '../persistence/sitting.repository';

export interface ReviewedQuestion extends CandidateQuestion {
  yourAnswer: unknown;
  state?: string | null;
  score?: number | null;
  rightAnswer?: unknown;
  explanation?: string;
  feedback?: string | null;
}

export interface DimensionScore {
  dimension: string;
  /** What is scored so far; while `pending`, an essay of the dimension still waits for a marker. */
  score: number;
  maxScore: number;
  pending: boolean;
}

export interface ResultView {
  attemptId: string;
  sittingId: string;
  title: string;
  status: AttemptRow['status'];
  submittedAt: Date | null;
  /** What the review policy lets the candidate see now. */
  visible: ReviewVisibility;
  moreAfterClose: boolean;
  score?: number | null;
  maxScore?: number;
  percent?: number | null;
  passed?: boolean | null;
  passPercent?: number;
  byDimension?: DimensionScore[];
  questions?: ReviewedQuestion[];
}

type Content = QuestionContent;

/** The key as a candidate may read it, from the question as presented to them (by the ids they saw; the page shows the texts). */
export function rightAnswerOf(content: Content): unknown {
  switch (content.type) {
    case 'essay':
      return content.referenceAnswer;
    case 'single':
    case 'multiple':
    case 'true_false':
    case 'fill_blank':
    case 'numeric':
    case 'matching':
    case 'ordering':
      return content.answer;
  }
}

/** The result page, showing only what the sitting's review policy allows at this moment. */
export function resultView(attempt: AttemptRow, sitting: SittingRow, slots: SlotRow[], windowClosed: boolean): ResultView {
  const submitted = attempt.status !== 'in_progress';
  const visible = visibleNow(sitting.reviewPolicy, submitted, windowClosed);
  const graded = attempt.status === 'graded';
  const view: ResultView = {
    attemptId: attempt.id,
    sittingId: attempt.sittingId,
    title: sitting.title,
    status: attempt.status,
    submittedAt: attempt.submittedAt,
    visible,
    moreAfterClose: moreAfterClose(sitting.reviewPolicy, visible, windowClosed),
  };
  if (visible.score) {
    const percent = graded && attempt.maxScore > 0 ? Math.round(((attempt.score ?? 0) / attempt.maxScore) * 1000) / 10 : null;
    Object.assign(view, {
      score: graded ? attempt.score : null,
      maxScore: attempt.maxScore,
      percent,
      passPercent: sitting.passPercent,
      passed: percent === null ? null : percent >= sitting.passPercent,
    });
  }
  // Scores per subject only where right and wrong may be seen: a subject of one question would say
  // whether it was answered right, and hiding only the small subjects does not help (the total less
  // the subjects shown gives the rest away). So the breakdown follows correctness, all or nothing.
  if (visible.score && visible.correctness) view.byDimension = dimensionScores(slots);
  if (submitted) {
    view.questions = slots.map((s) => {
      // the same lists, order and ids the candidate answered in
      const shown = presentedContent(s.content, s.choiceOrder);
      return {
        ...candidateQuestion(s.slot, s.points, shown),
        yourAnswer: shownAnswer(s.content, s.choiceOrder, s.answer),
        ...(visible.correctness && { state: s.state, score: s.score, feedback: s.feedback }),
        ...(visible.rightAnswers && { rightAnswer: rightAnswerOf(shown) }),
        ...(visible.explanations && s.content.explanation && { explanation: s.content.explanation }),
      };
    });
  }
  return view;
}

/**
 * A submitted attempt waiting to be scored: no score and no answers yet, and — without reading the
 * candidate's window — what the policy shows before the window closes, never more.
 */
export function scoringView(attempt: AttemptRow, sitting: Pick<SittingRow, 'title' | 'reviewPolicy'>): ResultView {
  const visible = visibleNow(sitting.reviewPolicy, true, false);
  return {
    attemptId: attempt.id,
    sittingId: attempt.sittingId,
    title: sitting.title,
    status: attempt.status,
    submittedAt: attempt.submittedAt,
    visible,
    moreAfterClose: moreAfterClose(sitting.reviewPolicy, visible, false),
  };
}

function moreAfterClose(policy: SittingRow['reviewPolicy'], visible: ReviewVisibility, windowClosed: boolean): boolean {
  const later = visibleNow(policy, true, true);
  return !windowClosed && (Object.keys(later) as Array<keyof ReviewVisibility>).some((k) => later[k] && !visible[k]);
}

function dimensionScores(slots: SlotRow[]): DimensionScore[] {
  const byDimension = new Map<string, DimensionScore>();
  for (const s of slots) {
    const dimension = s.content.dimension ?? '未分类';
    const entry = byDimension.get(dimension) ?? { dimension, score: 0, maxScore: 0, pending: false };
    entry.score = Math.round((entry.score + (s.score ?? 0)) * 1000) / 1000;
    entry.maxScore += s.points;
    if (s.state === 'needs_grading') entry.pending = true;
    byDimension.set(dimension, entry);
  }
  return [...byDimension.values()];
}
