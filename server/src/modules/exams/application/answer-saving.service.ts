import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import type { Principal } from '../../identity/domain/principal';
import { storedAnswer } from '../domain/choice-presentation';
import { answerShapeProblem } from '../domain/grading/answer-shape';
import { AttemptOwnerCache } from '../persistence/attempt-owner-cache';
import { AttemptRepository } from '../persistence/attempt.repository';
import { ExamLiveUpdates } from './exam-live-updates';
import { SlotDefinitions } from './slot-definitions';
import { ExamsErrors } from '../domain/exams-errors';

/**
 * The autosave. Its common case is one statement: the owner and the slot's question come from
 * memory, and the UPDATE itself checks owner, status, deadline + grace and sequence number. The
 * owner comes first, so someone else's attempt never has its questions described by a shape error.
 */
@Injectable()
export class AnswerSavingService {
  constructor(
    private readonly attempts: AttemptRepository,
    private readonly owners: AttemptOwnerCache,
    private readonly slotDefinitions: SlotDefinitions,
    private readonly live: ExamLiveUpdates,
  ) {}

  async save(
    principal: Principal,
    attemptId: string,
    slot: number,
    answer: unknown,
    seq: number,
  ): Promise<{ seq: number; savedAt: Date; serverNow: Date }> {
    if ((await this.owners.ownerOf(attemptId)) !== principal.userId) throw ExamsErrors['exams.attempt.notFound']();
    const definition = await this.slotDefinitions.of(attemptId, slot);
    if (!definition) throw ExamsErrors['exams.attempt.noSuchSlot']({ slot });
    // checked in the ids the candidate was shown, saved in the stored ones
    const problem = answerShapeProblem(definition.shown, answer);
    if (problem) throw ExamsErrors['exams.answer.invalidShape']({ problem });
    const stored = storedAnswer(definition.content, definition.choiceOrder, answer);
    const saved = await this.attempts.saveAnswer({ attemptId, userId: principal.userId, slot, answer: stored, seq });
    if (saved) {
      this.live.attempt(saved.sittingId, { attemptId, userId: principal.userId, kind: 'saved', status: 'in_progress', slot });
      // saved at the database's now(): the clock the deadline is kept on
      return { seq: saved.seq, savedAt: saved.savedAt, serverNow: saved.savedAt };
    }
    // nothing written: say why, by the same rules the UPDATE applied
    const refusal = await this.attempts.saveRefusal(attemptId, slot);
    if (!refusal) throw ExamsErrors['exams.attempt.notFound']();
    if (refusal.status !== 'in_progress') throw ExamsErrors['exams.attempt.submitted']({ details: { reason: 'submitted' } });
    if (refusal.pastDeadline) throw ExamsErrors['exams.attempt.closed']({ details: { reason: 'deadline' } });
    // the same write again (its acknowledgement was lost on the way): acknowledge it again
    if (refusal.seq === seq && refusal.savedAt && isDeepStrictEqual(refusal.answer, stored))
      return { seq, savedAt: refusal.savedAt, serverNow: refusal.serverNow };
    throw ExamsErrors['exams.answer.stale']({ details: { reason: 'stale', seq: refusal.seq } });
  }
}
