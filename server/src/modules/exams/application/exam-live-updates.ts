import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { LIVE_BUS } from '../../../platform/live/live-bus';
import type { LiveBus } from '../../../platform/live/live-bus';
import { busTopic } from '../../../platform/live/live-protocol';
import { hasAnyRole } from '../../identity/domain/principal';
import { LiveTopics } from '../../live/live-topics';
import type { AttemptStatus } from '../persistence/attempt.entity';
import type { AttemptRow } from '../persistence/attempt.repository';
import { ResultsRepository } from '../persistence/results.repository';
import { SittingsService } from './sittings.service';
import { ExamsErrors } from '../domain/exams-errors';

/** What a trainer's live view of a sitting hears about one attempt. */
export interface AttemptActivity {
  attemptId: string;
  userId: string;
  kind: 'started' | 'saved' | 'switched' | 'submitted' | 'marked';
  status: AttemptStatus;
  at: string;
  slot?: number;
  switchCount?: number;
  score?: number | null;
}

/**
 * The `sitting` live topic: who may watch a sitting (whoever may read its results), and what the
 * exam services tell it once their transaction has committed.
 */
@Injectable()
export class ExamLiveUpdates implements OnModuleInit {
  constructor(
    @Inject(LIVE_BUS) private readonly bus: LiveBus,
    private readonly topics: LiveTopics,
    private readonly sittings: SittingsService,
    private readonly results: ResultsRepository,
  ) {}

  onModuleInit(): void {
    this.topics.register('sitting', async (principal, sittingId) => {
      if (!hasAnyRole(principal, 'trainer', 'manager', 'admin')) throw ExamsErrors['exams.live.forbidden']();
      const { peoplePath } = await this.sittings.readSitting(principal, sittingId);
      if (peoplePath === null) return undefined;
      // the people are read once, when the page starts watching; someone added later shows on its next re-read
      const people = new Set((await this.results.candidates(sittingId, peoplePath)).map((c) => c.userId));
      return (json: string) => people.has((JSON.parse(json) as AttemptActivity).userId);
    });
  }

  attempt(sittingId: string, activity: Omit<AttemptActivity, 'at'>): void {
    this.bus.publish(busTopic('sitting', sittingId), JSON.stringify({ ...activity, at: new Date().toISOString() }));
  }

  /** An essay marked by hand: the attempt's score changed, and it may be graded now. */
  marked(attempt: AttemptRow): void {
    this.attempt(attempt.sittingId, {
      attemptId: attempt.id,
      userId: attempt.userId,
      kind: 'marked',
      status: attempt.status,
      score: attempt.score,
    });
  }

  /** A submit by anyone (the candidate, the switch limit, the sweeper), as it was graded. */
  submitted(attempt: AttemptRow): void {
    this.attempt(attempt.sittingId, {
      attemptId: attempt.id,
      userId: attempt.userId,
      kind: 'submitted',
      status: attempt.status,
      score: attempt.score,
      switchCount: attempt.switchCount,
    });
  }
}
