import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../identity/domain/principal';
import { countsAsSwitch } from '../domain/attempt-event-kind';
import { AttemptRepository } from '../persistence/attempt.repository';
import { SittingRepository } from '../persistence/sitting.repository';
import { AttemptSubmission } from './attempt-submission.service';
import { CandidateAccess } from './candidate-access';
import { ExamLiveUpdates } from './exam-live-updates';

/** Page visibility changes (切屏) and reconnects, for the trainer's timeline; strict sittings submit after N switches. */
@Injectable()
export class AttemptEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sittings: SittingRepository,
    private readonly attempts: AttemptRepository,
    private readonly submission: AttemptSubmission,
    private readonly access: CandidateAccess,
    private readonly live: ExamLiveUpdates,
  ) {}

  async record(
    principal: Principal,
    attemptId: string,
    kind: string,
    clientAt: Date | null,
    eventId: string | null,
  ): Promise<{ switchCount: number; submitted: boolean }> {
    const attempt = await this.access.requireOwnAttempt(principal, attemptId);
    if (attempt.status !== 'in_progress') return { switchCount: attempt.switchCount, submitted: true };
    const sitting = (await this.sittings.findById(attempt.sittingId))!;
    const counted = await this.dataSource.transaction(async (manager) => {
      // a re-sent event (its reply was lost) must not count twice
      if (!(await this.attempts.addEventOnce(attemptId, kind, clientAt, eventId, manager)) || !countsAsSwitch(kind)) return null;
      return this.attempts.bumpSwitchCount(attemptId, manager);
    });
    if (counted === null) return { switchCount: attempt.switchCount, submitted: false };
    this.live.attempt(attempt.sittingId, {
      attemptId,
      userId: attempt.userId,
      kind: 'switched',
      status: 'in_progress',
      switchCount: counted,
    });
    if (sitting.switchLimit === null || counted < sitting.switchLimit) return { switchCount: counted, submitted: false };
    // submitted like any other attempt; a repeat finds it submitted already
    await this.submission.submitAndWait(attemptId, 'switch_limit');
    return { switchCount: counted, submitted: true };
  }
}
