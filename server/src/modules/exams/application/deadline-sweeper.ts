import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../../../platform/config/config.module';
import type { AppConfig } from '../../../platform/config/app-config';
import { AttemptRepository } from '../persistence/attempt.repository';
import { AttemptScoring } from './attempt-scoring.service';
import { AttemptSubmission } from './attempt-submission.service';

const BATCH = 100;
/** Longer than a scoring queue takes in a storm: older ones were left behind by an instance that stopped. */
const STRANDED_AFTER_SECONDS = 10;
/** How long a claimed attempt is left to this instance's scoring before another instance may try it. */
const CLAIM_SECONDS = 60;

/**
 * Submits, with their last saved answers, attempts still open after deadline + grace, and scores
 * submitted attempts whose scoring was lost with a stopped instance or failed and is due again.
 * Every API instance runs it. Each attempt is handled on its own — submitted by its own statement,
 * scored in its own transaction — so one that fails is recorded and retried later, and the others
 * go on.
 */
@Injectable()
export class DeadlineSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('deadline-sweeper');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly attempts: AttemptRepository,
    private readonly submission: AttemptSubmission,
    private readonly scoring: AttemptScoring,
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

  /**
   * Submits every overdue attempt and scores every stranded one it can claim; resolves once their
   * scoring has ended, and returns how many it submitted.
   */
  async sweep(): Promise<number> {
    const scorings: Array<Promise<unknown>> = [];
    let submitted = 0;
    try {
      submitted = await this.submitOverdue(scorings);
      if (submitted) this.logger.log({ msg: 'auto-submitted overdue attempts', count: submitted });
    } finally {
      // what was claimed is scored even when finding the next overdue attempts failed
      const stranded = await this.attempts.claimUnscored(STRANDED_AFTER_SECONDS, CLAIM_SECONDS, BATCH).catch((error: unknown) => {
        this.logger.error({
          msg: 'finding attempts waiting to be scored failed',
          err: error instanceof Error ? error.message : String(error),
        });
        return [];
      });
      if (stranded.length)
        this.logger.warn({
          msg: 'scoring attempts left waiting (a stopped instance, or a failed scoring due again)',
          count: stranded.length,
        });
      for (const id of stranded) scorings.push(this.scoring.score(id));
      await Promise.all(scorings);
    }
    return submitted;
  }

  private async submitOverdue(scorings: Array<Promise<unknown>>): Promise<number> {
    let submitted = 0;
    for (;;) {
      const overdue = await this.attempts.overdue(BATCH);
      let progress = 0;
      for (const { id } of overdue) {
        try {
          const submission = await this.submission.submit(id, 'server');
          if (submission) {
            scorings.push(submission.scored);
            submitted++;
          }
          progress++;
        } catch (error) {
          this.logger.error({
            msg: 'submitting an overdue attempt failed; tried again next time',
            attemptId: id,
            err: error instanceof Error ? error.message : String(error),
          });
        }
      }
      // a full batch handled: there may be more; nothing handled: stop and try again next time
      if (overdue.length < BATCH || progress === 0) return submitted;
    }
  }
}
