import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { appendEvent } from '../../../platform/events/event-outbox';
import { scoreAttempt } from '../domain/attempt-scoring';
import { AttemptRepository, AttemptRow, SlotRow } from '../persistence/attempt.repository';
import { PracticeRepository } from '../persistence/practice.repository';
import { SittingRepository, SittingRow } from '../persistence/sitting.repository';

export type SubmittedBy = 'candidate' | 'server' | 'switch_limit';

export interface Graded {
  attempt: AttemptRow;
  sitting: SittingRow;
  slots: SlotRow[];
}

/**
 * Submits and grades one attempt inside the caller's transaction, exactly once: the attempt row is
 * locked first, and an attempt that is no longer in progress is returned as it is.
 */
@Injectable()
export class AttemptSubmission {
  constructor(
    private readonly attempts: AttemptRepository,
    private readonly sittings: SittingRepository,
    private readonly practice: PracticeRepository,
  ) {}

  /**
   * Returns what it graded (so the caller can answer without reading it all again), or null when
   * the attempt was not in progress any more.
   */
  async submit(attemptId: string, by: SubmittedBy, manager: EntityManager): Promise<Graded | null> {
    const attempt = await this.attempts.lockById(attemptId, manager);
    if (!attempt || attempt.status !== 'in_progress') return null;
    return this.grade(attempt, by, manager);
  }

  /** Scores an attempt submitted for scoring (status `scoring`); null when that was done already. */
  async scoreSubmitted(attemptId: string, manager: EntityManager): Promise<Graded | null> {
    const attempt = await this.attempts.lockById(attemptId, manager);
    if (!attempt || attempt.status !== 'scoring') return null;
    return this.grade(attempt, null, manager);
  }

  /** Scores every slot and records the result; also used to re-score after a key correction. */
  async grade(attempt: AttemptRow, by: SubmittedBy | null, manager: EntityManager): Promise<Graded> {
    const sitting = await this.sittings.findById(attempt.sittingId, manager);
    if (!sitting) throw new Error(`sitting ${attempt.sittingId} vanished`);
    const slots = await this.attempts.slots(attempt.id, manager);
    const result = scoreAttempt(
      slots.map((s) => ({ slot: s.slot, points: s.points, content: s.content, answer: s.answer, manualScore: s.gradedBy ? s.score : null })),
      { multipleRule: sitting.multipleRule, partialCredit: sitting.partialCredit },
    );
    const status = result.needsGrading ? 'submitted' : 'graded';
    const submittedAt = await this.attempts.recordOutcome(attempt.id, result.slots, { status, submittedBy: by, score: result.score, graded: !result.needsGrading }, manager);
    // answered and wrong; into the 错题本 once the policy shows this sitting's right answers. Only
    // slots that were not wrong before: re-scoring (an essay marked later, a key corrected) counts
    // each wrong answer of the attempt once.
    const isWrong = (state: string | null) => state === 'incorrect' || state === 'partial';
    const wrong = slots.filter((slot, i) => isWrong(result.slots[i].state) && !isWrong(slot.state)).map((s) => s.questionId);
    await this.practice.recordWrong(attempt.userId, wrong, sitting.id, manager);
    if (!result.needsGrading) {
      await appendEvent(manager, 'exam.attempt_graded', {
        attemptId: attempt.id,
        sittingId: attempt.sittingId,
        sittingTitle: sitting.title,
        userId: attempt.userId,
        submittedAt: submittedAt.toISOString(),
        gradedAt: new Date().toISOString(),
        score: result.score,
        maxScore: result.maxScore,
        items: slots.map((s, i) => ({
          slot: s.slot,
          questionId: s.questionId,
          version: s.questionVersion,
          dimension: s.content.dimension ?? null,
          fraction: result.slots[i].fraction,
          score: result.slots[i].score,
          points: s.points,
        })),
      });
    }
    return {
      attempt: { ...attempt, status, score: result.score, submittedAt, submittedBy: attempt.submittedBy ?? by },
      sitting,
      slots: slots.map((slot, n) => ({ ...slot, fraction: result.slots[n].fraction, state: result.slots[n].state, score: result.slots[n].score })),
    };
  }
}
