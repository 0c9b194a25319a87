import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../../platform/config/config.module';
import type { AppConfig } from '../../../platform/config/app-config';
import { GRACE_SECONDS } from '../domain/attempt-window';
import { AttemptRepository } from '../persistence/attempt.repository';
import { AttemptSubmission, Graded } from './attempt-submission.service';
import { ExamLiveUpdates } from './exam-live-updates';

const BATCH = 25;
/** Longer than a scoring queue takes in a storm: older ones were left behind by an instance that stopped. */
const STRANDED_AFTER_SECONDS = 10;

/**
 * Submits, with their last saved answers, attempts still open after deadline + grace, and scores
 * submitted attempts whose scoring was lost with a stopped instance. Every API instance runs it;
 * FOR UPDATE SKIP LOCKED hands each attempt to exactly one of them, and the status is re-checked
 * under the row lock.
 */
@Injectable()
export class DeadlineSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('deadline-sweeper');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly attempts: AttemptRepository,
    private readonly submission: AttemptSubmission,
    private readonly live: ExamLiveUpdates,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.sweepIntervalMs <= 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.sweep()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error({ msg: 'sweep failed', err: error instanceof Error ? error.message : String(error) }))
        .finally(() => (this.running = undefined));
    }, this.config.sweepIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Submits every overdue attempt it can lock; returns how many. */
  async sweep(): Promise<number> {
    let total = 0;
    for (;;) {
      const graded: Graded[] = [];
      const done = await this.dataSource.transaction(async (manager) => {
        const overdue = await this.attempts.overdue(GRACE_SECONDS, BATCH, manager);
        for (const { id } of overdue) {
          const result = await this.submission.submit(id, 'server', manager);
          if (result) graded.push(result);
        }
        return overdue.length;
      });
      for (const { attempt } of graded) this.live.submitted(attempt);
      total += done;
      if (done < BATCH) break;
    }
    if (total) this.logger.log({ msg: 'auto-submitted overdue attempts', count: total });
    const stranded = await this.scoreStranded();
    if (stranded) this.logger.warn({ msg: 'scored attempts left waiting by a stopped instance', count: stranded });
    return total;
  }

  private async scoreStranded(): Promise<number> {
    let total = 0;
    for (;;) {
      const graded = await this.dataSource.transaction(async (manager) => {
        const waiting = await this.attempts.unscored(STRANDED_AFTER_SECONDS, BATCH, manager);
        const done: Graded[] = [];
        for (const attempt of waiting) done.push(await this.submission.grade(attempt, null, manager));
        return done;
      });
      for (const { attempt } of graded) this.live.submitted(attempt);
      total += graded.length;
      if (graded.length < BATCH) return total;
    }
  }
}
