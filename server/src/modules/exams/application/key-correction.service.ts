import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../../platform/audit/audit-log';
import { DomainError } from '../../../platform/http/domain-error';
import type { Principal } from '../../identity/domain/principal';
import { BankAccessService } from '../../question-bank/application/bank-access.service';
import { draftOf } from '../../question-bank/application/questions.service';
import type { QuestionDraft } from '../../question-bank/domain/question-draft';
import { draftFromInput, QuestionInput } from '../../question-bank/domain/question-input';
import { QuestionRepository } from '../../question-bank/persistence/question.repository';
import { AttemptRepository } from '../persistence/attempt.repository';
import { AttemptGrading } from './attempt-grading.service';
import { queryRows } from '../../../platform/database/query';

export interface KeyCorrection {
  answer?: unknown;
  explanation?: string;
  referenceAnswer?: string;
  rubric?: Array<{ criterion: string; points: number }>;
}

/**
 * Correcting a wrong key: a new version with the corrected key, every attempt that used the
 * previous version re-pointed to it and re-scored in one transaction, and an audit entry. Versions
 * stay immutable; the history shows the correction.
 */
@Injectable()
export class KeyCorrectionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questions: QuestionRepository,
    private readonly access: BankAccessService,
    private readonly attempts: AttemptRepository,
    private readonly grading: AttemptGrading,
    private readonly audit: AuditLog,
  ) {}

  async correct(principal: Principal, questionId: string, correction: KeyCorrection, note: string): Promise<{ version: number; regraded: number }> {
    const row = await this.questions.findRow(questionId);
    if (!row) throw new DomainError('not_found', '题目不存在或不在您的权限范围内');
    await this.access.requireEdit(principal, row.bankId);
    const before = draftOf(row);
    const merged = { ...before, ...Object.fromEntries(Object.entries(correction).filter(([, v]) => v !== undefined)) } as QuestionInput;
    const corrected = draftFromInput(merged);
    if ('problems' in corrected) throw new DomainError('invalid', corrected.problems.map((p) => `${p.field}: ${p.message}`).join('；'), { problems: corrected.problems });
    const after: QuestionDraft = corrected.draft;
    return this.dataSource.transaction(async (manager) => {
      const categoryId = row.categoryId;
      const version = await this.questions.addVersion(questionId, categoryId, after, principal.userId, `更正答案：${note}`, manager);
      const moved = await queryRows<{ attempt_id: string }>(
        manager,
        'UPDATE attempt_slot SET question_version = $3 WHERE question_id = $1 AND question_version = $2 RETURNING attempt_id',
        [questionId, row.currentVersion, version],
      );
      const attemptIds = [...new Set(moved.map((m) => m.attempt_id))].sort();
      let regraded = 0;
      for (const attemptId of attemptIds) {
        const attempt = await this.attempts.lockById(attemptId, manager);
        if (!attempt || attempt.status === 'in_progress') continue;
        await this.grading.grade(attempt, manager);
        await this.attempts.addEvent(attemptId, 'regraded', null, { questionId, version, note }, manager);
        regraded++;
      }
      await this.audit.record(
        { actorId: principal.userId, action: 'question.key_correction', targetType: 'question', targetId: questionId, details: { fromVersion: row.currentVersion, toVersion: version, note, regraded, attempts: attemptIds.length } },
        manager,
      );
      return { version, regraded };
    });
  }
}
