import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../../platform/config/config.module';
import type { AppConfig } from '../../../platform/config/app-config';
import { claimOutboxBatch, type OutboxEvent } from '../../../platform/events/outbox-reader';
import { windowsTouchedBy } from '../domain/evidence-window';
import { countingOf, evidenceOfAttempt, latestPerSource, parseGradedAttempt, type GradedAttempt } from '../domain/graded-attempt';
import { CompetencyRepository } from '../persistence/competency.repository';

const CONSUMER = 'competency';
const EVENT_TYPES = ['exam.attempt_graded'];
const BATCH = 200;

/**
 * Keeps the evidence ledger in step with graded exams by reading the outbox. Every API instance
 * runs it; the consumer's cursor row is locked for the length of a batch, so each event is applied
 * by one instance, once, in the same transaction that moves the cursor. Applying an event again
 * ends the same way, so a crash between batches loses and duplicates nothing.
 */
@Injectable()
export class CompetencyProjector implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('competency-projector');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly competency: CompetencyRepository,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.sweepIntervalMs <= 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.drain()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error({ msg: 'drain failed', err: error instanceof Error ? error.message : String(error) }))
        .finally(() => (this.running = undefined));
    }, this.config.sweepIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Applies every event it can claim, batch by batch; returns how many it applied. */
  async drain(): Promise<number> {
    let applied = 0;
    while (!this.stopping) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const claimed = await claimOutboxBatch(manager, CONSUMER, EVENT_TYPES, BATCH);
        if (!claimed || claimed.events.length === 0) return null;
        const attempts = this.readEvents(claimed.events);
        const touched = await this.competency.replaceEvidence(latestPerSource(attempts.map(evidenceOfAttempt)), manager);
        // after the rows exist: the sitting's counting can move the count to the attempt just inserted
        touched.push(...(await this.competency.applyCounting(countingOf(attempts), manager)));
        await this.competency.refreshWindows(windowsTouchedBy(touched), manager);
        await claimed.advance(manager);
        return attempts.length;
      });
      if (batch === null) break;
      applied += batch;
    }
    if (applied) this.logger.log({ msg: 'applied graded attempts to the competency record', count: applied });
    return applied;
  }

  /** A malformed event is logged and passed over: it must never hold up the ones behind it. */
  private readEvents(events: OutboxEvent[]): GradedAttempt[] {
    const sources: GradedAttempt[] = [];
    for (const event of events) {
      const attempt = parseGradedAttempt(event.payload);
      if ('problem' in attempt) {
        this.logger.warn({ msg: 'skipped a malformed event', eventId: event.id, type: event.type, problem: attempt.problem });
        continue;
      }
      sources.push(attempt);
    }
    return sources;
  }
}
