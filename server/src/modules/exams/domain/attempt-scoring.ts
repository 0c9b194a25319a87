import type { QuestionBody } from '../../question-bank/domain/question-draft';
import { gradeAnswer } from './grading/grade-answer';
import type { GradingOptions, GradeState } from './grading/grade-result';

export interface SlotToGrade {
  slot: number;
  points: number;
  content: QuestionBody;
  answer: unknown;
  /** A hand grade already given (essays); kept when re-scoring. */
  manualScore?: number | null;
}

export interface ScoredSlot {
  slot: number;
  fraction: number;
  state: GradeState;
  score: number;
}

export interface AttemptScore {
  slots: ScoredSlot[];
  score: number;
  maxScore: number;
  /** True while any essay waits for a marker. */
  needsGrading: boolean;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

export function scoreAttempt(slots: SlotToGrade[], options: GradingOptions): AttemptScore {
  const scored = slots.map((slot): ScoredSlot => {
    const grade = gradeAnswer(slot.content, slot.answer, options);
    if (grade.state === 'needs_grading' && slot.manualScore !== undefined && slot.manualScore !== null) {
      const fraction = slot.points > 0 ? slot.manualScore / slot.points : 0;
      return {
        slot: slot.slot,
        fraction,
        state: fraction >= 1 ? 'correct' : fraction > 0 ? 'partial' : 'incorrect',
        score: round3(slot.manualScore),
      };
    }
    return { slot: slot.slot, fraction: grade.fraction, state: grade.state, score: round3(grade.fraction * slot.points) };
  });
  return {
    slots: scored,
    score: round3(scored.reduce((sum, s) => sum + s.score, 0)),
    maxScore: round3(slots.reduce((sum, s) => sum + s.points, 0)),
    needsGrading: scored.some((s) => s.state === 'needs_grading'),
  };
}
