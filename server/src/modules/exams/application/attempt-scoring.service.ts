import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KeyedWorkQueue } from '../../../platform/concurrency/keyed-work-queue';
import { APP_CONFIG } from '../../../platform/config/config.module';
import type { AppConfig } from '../../../platform/config/app-config';
import { SCORING_RETRY_SECONDS } from '../domain/scoring-retry';
import { AttemptRepository } from '../persistence/attempt.repository';
import { AttemptGrading, Graded } from './attempt-grading.service';
import { ExamLiveUpdates } from './exam-live-updates';

/**
 * Scores submitted attempts (status `scoring`) a few at a time on this instance, each in its own
 * transaction. A submit storm — a thousand candidates in the last second — then costs each of them
 * one short write, and the scoring that follows holds a few connections instead of all of them, so
 * autosaves keep flowing. The attempt row is locked and its status re-checked, so an attempt is
 * scored once even when the sweeper of another instance picks it up too. A scoring that throws is
 * recorded on its attempt and retried later with backoff (the sweeper picks it up when it is due);
 * it never holds up another attempt.
 */
@Injectable()
export class AttemptScoring implements OnApplicationShutdown {
  private readonly logger = new Logger('attempt-scoring');
  private readonly queue: KeyedWorkQueue<Graded | null>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly grading: AttemptGrading,
    private readonly attempts: AttemptRepository,
    private readonly live: ExamLiveUpdates,
  ) {
    this.queue = new KeyedWorkQueue(config.scoringConcurrency, (attemptId) => this.scoreNow(attemptId));
  }

  /** True when a submit would wait behind others for its score: acknowledge it at once instead. */
  get busy(): boolean {
    return this.queue.backlog >= 2 * this.config.scoringConcurrency;
  }

  /**
   * Scores the attempt soon. Settles with what was scored, or null when it was not scored now: it
   * was not waiting any more (scored elsewhere), or its scoring failed (recorded, retried later).
   */
  score(attemptId: string): Promise<Graded | null> {
    return this.queue.push(attemptId).catch(() => null); // only a closing queue rejects: the sweeper finds the attempt later
  }

  /** The scoring of this attempt under way on this instance, if any. */
  pending(attemptId: string): Promise<Graded | null> | undefined {
    return this.queue.pending(attemptId);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }

  private async scoreNow(attemptId: string): Promise<Graded | null> {
    try {
      const graded = await this.dataSource.transaction((manager) => this.grading.scoreSubmitted(attemptId, manager));
      if (graded) this.live.submitted(graded.attempt);
      return graded;
    } catch (error) {
      const err = error instanceof Error ? error.message : String(error);
      // the database itself may be what failed: the attempt then stays waiting, and the sweeper claims it again
      const failure = await this.attempts.recordScoringFailure(attemptId, err, SCORING_RETRY_SECONDS).catch(() => null);
      this.logger.error({
        msg: 'scoring an attempt failed; it is retried later, the others go on',
        attemptId,
        failures: failure?.failures ?? null,
        retryAt: failure?.retryAt ?? null,
        err,
      });
      return null;
    }
  }
}
