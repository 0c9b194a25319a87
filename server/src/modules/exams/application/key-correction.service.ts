import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../../platform/audit/audit-log';
import type { Principal } from '../../identity/domain/principal';
import { KeyCorrection, QuestionCorrectionsService } from '../../question-bank/application/question-corrections.service';
import { AttemptRepository } from '../persistence/attempt.repository';
import { AttemptGrading } from './attempt-grading.service';

export type { KeyCorrection };

/**
 * Correcting a wrong key: a new version with the corrected key, every attempt that used the
 * previous version re-pointed to it and re-scored in one transaction, and an audit entry. Versions
 * stay immutable; the history shows the correction. The question bank writes the version (and checks
 * the caller may edit the bank); this module moves and re-scores its attempts.
 */
@Injectable()
export class KeyCorrectionService {
  constructor(
    private readonly questions: QuestionCorrectionsService,
    private readonly attempts: AttemptRepository,
    private readonly grading: AttemptGrading,
    private readonly audit: AuditLog,
  ) {}

  async correct(
    principal: Principal,
    questionId: string,
    correction: KeyCorrection,
    note: string,
  ): Promise<{ version: number; regraded: number }> {
    return this.questions.correctKey(principal, questionId, correction, note, async ({ fromVersion, version }, manager) => {
      const moved = await this.attempts.repointSlots(questionId, fromVersion, version, manager);
      const attemptIds = [...new Set(moved)].sort();
      let regraded = 0;
      for (const attemptId of attemptIds) {
        const attempt = await this.attempts.lockById(attemptId, manager);
        if (!attempt || attempt.status === 'in_progress') continue;
        await this.grading.grade(attempt, manager);
        await this.attempts.addEvent(attemptId, 'regraded', null, { questionId, version, note }, manager);
        regraded++;
      }
      await this.audit.record(
        {
          actorId: principal.userId,
          action: 'question.key_correction',
          targetType: 'question',
          targetId: questionId,
          details: { fromVersion, toVersion: version, note, regraded, attempts: attemptIds.length },
        },
        manager,
      );
      return { version, regraded };
    });
  }
}
