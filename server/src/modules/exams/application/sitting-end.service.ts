import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../../platform/audit/audit-log';
import { ExamsErrors } from '../domain/exams-errors';
import type { Principal } from '../../identity/domain/principal';
import { AttemptRepository } from '../persistence/attempt.repository';
import { SittingRepository } from '../persistence/sitting.repository';
import { AttemptSubmission } from './attempt-submission.service';
import { SittingsService } from './sittings.service';

export interface SittingEnded {
  /** When every window of the sitting and its make-ups now closes. */
  closedAt: Date;
  /** Attempts that were still being answered, submitted and scored by the server. */
  submittedAttempts: number;
}

/**
 * A trainer ends a sitting for everyone (结束考试): its window, every override and every make-up close
 * now, and the attempts still open are submitted the way the deadline sweeper submits them, with their
 * saved answers, then scored. The sitting is then closed for everyone, so results and review that
 * wait for the close are released at once.
 */
@Injectable()
export class SittingEnd {
  private readonly logger = new Logger('sittings');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sittingsService: SittingsService,
    private readonly sittings: SittingRepository,
    private readonly attempts: AttemptRepository,
    private readonly submission: AttemptSubmission,
    private readonly audit: AuditLog,
  ) {}

  async end(principal: Principal, sittingId: string): Promise<SittingEnded> {
    await this.sittingsService.requireSitting(principal, sittingId);
    if (await this.sittings.closedForEveryone(sittingId)) throw ExamsErrors['exams.sitting.alreadyEnded']();
    const { closedAt, open } = await this.dataSource.transaction(async (manager) => {
      const ended = await this.sittings.endWithMakeups(sittingId, manager);
      const openAttempts = await this.attempts.endOpenAttempts(ended.sittingIds, ended.closesAt, manager);
      await this.audit.record(
        {
          actorId: principal.userId,
          action: 'sitting.end',
          targetType: 'sitting',
          targetId: sittingId,
          details: { sittings: ended.sittingIds, closedAt: ended.closesAt, openAttempts: openAttempts.length },
        },
        manager,
      );
      return { closedAt: ended.closesAt, open: openAttempts };
    });
    // one attempt at a time through the one submit, as the sweeper does: a failure stays with its attempt
    const scorings: Array<Promise<unknown>> = [];
    for (const id of open) {
      try {
        const submission = await this.submission.submit(id, 'server');
        if (submission) scorings.push(submission.scored);
      } catch (error) {
        this.logger.error({
          msg: 'submitting an attempt of an ended sitting failed; the sweeper tries again',
          attemptId: id,
          err: error instanceof Error ? error.message : String(error),
        });
      }
    }
    await Promise.all(scorings);
    this.logger.log({ msg: 'sitting ended for everyone', sittingId, by: principal.userId, submitted: scorings.length });
    return { closedAt, submittedAttempts: scorings.length };
  }
}
