import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../../platform/audit/audit-log';
import type { Principal } from '../../identity/domain/principal';
import { AttemptRepository } from '../persistence/attempt.repository';
import { GradingRepository, QueueItem } from '../persistence/grading.repository';
import { AttemptGrading } from './attempt-grading.service';
import { ExamLiveUpdates } from './exam-live-updates';
import { SittingsService } from './sittings.service';
import { ScopeService } from '../../identity/application/scope.service';
import { ExamsErrors } from '../domain/exams-errors';

/**
 * Hand marking of essays. Markers see the reference answer and rubric beside the response, never
 * the candidate's name. A second marker may mark too; the slot then scores the mean. The result is
 * published (the attempt becomes graded) when no essay of it waits any more.
 */
@Injectable()
export class EssayGradingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly grading: GradingRepository,
    private readonly attempts: AttemptRepository,
    private readonly attemptGrading: AttemptGrading,
    private readonly sittings: SittingsService,
    private readonly scope: ScopeService,
    private readonly audit: AuditLog,
    private readonly live: ExamLiveUpdates,
  ) {}

  async queue(principal: Principal, includeMarked: boolean): Promise<QueueItem[]> {
    return this.grading.queue(await this.scope.scopePathOf(principal), principal.userId, includeMarked);
  }

  async mark(
    principal: Principal,
    attemptId: string,
    slot: number,
    score: number,
    feedback: string | null,
  ): Promise<{ slotScore: number; attemptStatus: string; attemptScore: number | null }> {
    const attempt = await this.attempts.findById(attemptId);
    if (!attempt) throw ExamsErrors['exams.attempt.notFound']();
    await this.sittings.requireSitting(principal, attempt.sittingId);
    if (attempt.status === 'in_progress') throw ExamsErrors['exams.grading.notSubmitted']();
    const target = (await this.attempts.slots(attemptId)).find((s) => s.slot === slot);
    if (!target || target.content.type !== 'essay') throw ExamsErrors['exams.grading.notEssay']({ slot });
    if (score < 0 || score > target.points) throw ExamsErrors['exams.grading.scoreOutOfRange']({ max: target.points });
    const slotScore = await this.dataSource.transaction(async (manager) => {
      const locked = (await this.attempts.lockById(attemptId, manager))!;
      await this.grading.upsertMark({ attemptId, slot, markerId: principal.userId, score, feedback }, manager);
      const mean = await this.grading.applyMarks(attemptId, slot, principal.userId, manager);
      await this.attemptGrading.grade(locked, manager);
      await this.audit.record(
        {
          actorId: principal.userId,
          action: 'grade.essay_mark',
          targetType: 'attempt',
          targetId: attemptId,
          details: { slot, score, slotScore: mean, previous: target.gradedBy ? target.score : null },
        },
        manager,
      );
      return mean;
    });
    const after = (await this.attempts.findById(attemptId))!;
    this.live.marked(after);
    return { slotScore, attemptStatus: after.status, attemptScore: after.score };
  }
}
