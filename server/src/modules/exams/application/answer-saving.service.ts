import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import { DomainError } from '../../../platform/http/domain-error';
import type { Principal } from '../../identity/domain/principal';
import { storedAnswer } from '../domain/choice-presentation';
import { answerShapeProblem } from '../domain/grading/answer-shape';
import { AttemptOwnerCache } from '../persistence/attempt-owner-cache';
import { AttemptRepository } from '../persistence/attempt.repository';
import { ExamLiveUpdates } from './exam-live-updates';
import { SlotDefinitions } from './slot-definitions';

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

  async save(principal: Principal, attemptId: string, slot: number, answer: unknown, seq: number): Promise<{ seq: number; savedAt: Date; serverNow: Date }> {
    if ((await this.owners.ownerOf(attemptId)) !== principal.userId) throw new DomainError('not_found', '作答记录不存在');
    const definition = await this.slotDefinitions.of(attemptId, slot);
    if (!definition) throw new DomainError('not_found', `本场考试没有第 ${slot} 题`);
    // checked in the ids the candidate was shown, saved in the stored ones
    const problem = answerShapeProblem(definition.shown, answer);
    if (problem) throw new DomainError('invalid', `answer: ${problem}`);
    const stored = storedAnswer(definition.content, definition.choiceOrder, answer);
    const saved = await this.attempts.saveAnswer({ attemptId, userId: principal.userId, slot, answer: stored, seq });
    if (saved) {
      this.live.attempt(saved.sittingId, { attemptId, userId: principal.userId, kind: 'saved', status: 'in_progress', slot });
      // saved at the database's now(): the clock the deadline is kept on
      return { seq: saved.seq, savedAt: saved.savedAt, serverNow: saved.savedAt };
    }
    // nothing written: say why, by the same rules the UPDATE applied
    const refusal = await this.attempts.saveRefusal(attemptId, slot);
    if (!refusal) throw new DomainError('not_found', '作答记录不存在');
    if (refusal.status !== 'in_progress') throw new DomainError('conflict', '本次作答已交卷，答案不能再修改', { reason: 'submitted' });
    if (refusal.pastDeadline) throw new DomainError('conflict', '作答时间已到，答案未能保存', { reason: 'deadline' });
    // the same write again (its acknowledgement was lost on the way): acknowledge it again
    if (refusal.seq === seq && refusal.savedAt && isDeepStrictEqual(refusal.answer, stored)) return { seq, savedAt: refusal.savedAt, serverNow: refusal.serverNow };
    throw new DomainError('conflict', '服务器上已有更新的答案（序号更大），此次保存被忽略', { reason: 'stale', seq: refusal.seq });
  }
}
