import { CandidateQuestion, candidateQuestion } from '../domain/candidate-question';
import { presentedContent, shownAnswer } from '../domain/choice-presentation';
import { GRACE_SECONDS } from '../domain/attempt-window';
import type { AttemptRow, SlotRow } from '../persistence/attempt.repository';
import type { SittingRow } from '../persistence/sitting.repository';

export interface SavedAnswer {
  slot: number;
  answer: unknown;
  seq: number;
  savedAt: Date | null;
}

/** An attempt as its candidate sees it while answering: no key, explanation or rubric. */
export interface AttemptView {
  id: string;
  sittingId: string;
  title: string;
  status: AttemptRow['status'];
  deadline: Date;
  serverNow: Date;
  graceSeconds: number;
  switchLimit: number | null;
  switchCount: number;
  questions: CandidateQuestion[];
  answers: SavedAnswer[];
}

export function attemptView(
  attempt: Pick<AttemptRow, 'id' | 'sittingId' | 'status' | 'deadline' | 'switchCount'>,
  sitting: Pick<SittingRow, 'title' | 'switchLimit'>,
  slots: Array<Pick<SlotRow, 'slot' | 'points' | 'content' | 'choiceOrder' | 'answer' | 'answerSeq' | 'savedAt'>>,
  serverNow: Date,
): AttemptView {
  return {
    id: attempt.id,
    sittingId: attempt.sittingId,
    title: sitting.title,
    status: attempt.status,
    deadline: attempt.deadline,
    serverNow,
    graceSeconds: GRACE_SECONDS,
    switchLimit: sitting.switchLimit,
    switchCount: attempt.switchCount,
    questions: slots.map((s) => candidateQuestion(s.slot, s.points, presentedContent(s.content, s.choiceOrder))),
    answers: slots
      .filter((s) => s.answerSeq > 0)
      .map((s) => ({ slot: s.slot, answer: shownAnswer(s.content, s.choiceOrder, s.answer), seq: s.answerSeq, savedAt: s.savedAt })),
  };
}
