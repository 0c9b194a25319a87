import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KeyedWorkQueue } from '../../../platform/concurrency/keyed-work-queue';
import { APP_CONFIG } from '../../../platform/config/config.module';
import type { AppConfig } from '../../../platform/config/app-config';
import { AttemptSubmission, Graded } from './attempt-submission.service';
import { ExamLiveUpdates } from './exam-live-updates';

/**
 * Scores submitted attempts (status `scoring`) a few at a time on this instance. A submit storm —
 * a thousand candidates in the last second — then costs each of them one short write, and the
 * scoring that follows holds a few connections instead of all of them, so autosaves keep flowing.
 * The attempt row is locked and its status re-checked, so an attempt is scored once even when the
 * sweeper of another instance picks it up too (it does, for attempts stranded by a crash).
 */
@Injectable()
export class AttemptScoring implements OnApplicationShutdown {
  private readonly logger = new Logger('attempt-scoring');
  private readonly queue: KeyedWorkQueue<Graded | null>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly submission: AttemptSubmission,
    private readonly live: ExamLiveUpdates,
  ) {
    this.queue = new KeyedWorkQueue(config.scoringConcurrency, (attemptId) => this.scoreNow(attemptId));
  }

  /** True when a submit would wait behind others for its score: acknowledge it at once instead. */
  get busy(): boolean {
    return this.queue.backlog >= 2 * this.config.scoringConcurrency;
  }

  /**
   * Scores the attempt soon. Settles with what was scored, or null when it was not waiting any more
   * (scored elsewhere); a failure is logged and leaves the attempt to the sweeper.
   */
  score(attemptId: string): Promise<Graded | null> {
    return this.queue.push(attemptId);
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
      const graded = await this.dataSource.transaction((manager) => this.submission.scoreSubmitted(attemptId, manager));
      if (graded) this.live.submitted(graded.attempt);
      return graded;
    } catch (error) {
      this.logger.error({ msg: 'scoring failed; the sweeper will retry', attemptId, err: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }
}
