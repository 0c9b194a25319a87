import { countedAttempts } from '../domain/attempt-grading-method';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { appendEvent } from '../../../platform/events/event-outbox';
import { scoreAttempt } from '../domain/attempt-scoring';
import { AttemptRepository, AttemptRow, SlotRow } from '../persistence/attempt.repository';
import { PracticeRepository } from '../persistence/practice.repository';
import { SittingRepository, SittingRow } from '../persistence/sitting.repository';

export interface Graded {
  attempt: AttemptRow;
  sitting: SittingRow;
  slots: SlotRow[];
}

/**
 * The one way an attempt is graded, inside the caller's transaction: the scoring of a submitted
 * attempt, a re-score after a key correction and an essay's mark all end here.
 */
@Injectable()
export class AttemptGrading {
  constructor(
    private readonly attempts: AttemptRepository,
    private readonly sittings: SittingRepository,
    private readonly practice: PracticeRepository,
  ) {}

  /**
   * Scores a submitted attempt (status `scoring`) exactly once: the row is locked first, and null
   * comes back when it was scored already.
   */
  async scoreSubmitted(attemptId: string, manager: EntityManager): Promise<Graded | null> {
    const attempt = await this.attempts.lockById(attemptId, manager);
    if (!attempt || attempt.status !== 'scoring') return null;
    return this.grade(attempt, manager);
  }

  /** Scores every slot and records the result; the caller holds the attempt's row lock. */
  async grade(attempt: AttemptRow, manager: EntityManager): Promise<Graded> {
    const sitting = await this.sittings.findById(attempt.sittingId, manager);
    if (!sitting) throw new Error(`sitting ${attempt.sittingId} vanished`);
    const slots = await this.attempts.slots(attempt.id, manager);
    const result = scoreAttempt(
      slots.map((s) => ({
        slot: s.slot,
        points: s.points,
        content: s.content,
        answer: s.answer,
        manualScore: s.gradedBy ? s.score : null,
      })),
      { multipleRule: sitting.multipleRule, partialCredit: sitting.partialCredit },
    );
    const status = result.needsGrading ? 'submitted' : 'graded';
    const { submittedAt, gradedAt } = await this.attempts.recordOutcome(
      attempt.id,
      result.slots,
      { status, score: result.score, graded: !result.needsGrading },
      manager,
    );
    // answered and wrong; into the 错题本 once the policy shows this sitting's right answers. Only
    // slots that were not wrong before: re-scoring (an essay marked later, a key corrected) counts
    // each wrong answer of the attempt once.
    const isWrong = (state: string | null) => state === 'incorrect' || state === 'partial';
    const wrong = slots.filter((slot, i) => isWrong(result.slots[i].state) && !isWrong(slot.state)).map((s) => s.questionId);
    await this.practice.recordWrong(attempt.userId, wrong, sitting.id, manager);
    if (!result.needsGrading) {
      // which of the person's attempts the sitting's score now counts, so the competency record counts the same ones
      const counted = countedAttempts(sitting.gradingMethod, await this.attempts.gradedScoresOf(sitting.id, attempt.userId, manager));
      await appendEvent(manager, 'exam.attempt_graded', {
        attemptId: attempt.id,
        sittingId: attempt.sittingId,
        sittingTitle: sitting.title,
        gradingMethod: sitting.gradingMethod,
        makeupOf: sitting.makeupOf,
        counted,
        userId: attempt.userId,
        submittedAt: submittedAt.toISOString(),
        gradedAt: gradedAt!.toISOString(),
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
      attempt: { ...attempt, status, score: result.score, submittedAt },
      sitting,
      slots: slots.map((slot, n) => ({
        ...slot,
        fraction: result.slots[n].fraction,
        state: result.slots[n].state,
        score: result.slots[n].score,
      })),
    };
  }
}
