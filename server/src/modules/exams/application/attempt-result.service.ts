import { Injectable } from '@nestjs/common';
import type { Principal } from '../../identity/domain/principal';
import { AttemptRepository } from '../persistence/attempt.repository';
import { SittingRepository } from '../persistence/sitting.repository';
import { AttemptScoring } from './attempt-scoring.service';
import { AttemptSubmission } from './attempt-submission.service';
import { CandidateAccess } from './candidate-access';
import { ResultView, resultView, scoringView } from './result-view';

/** The candidate's submit and the result page after it. */
@Injectable()
export class AttemptResultService {
  constructor(
    private readonly sittings: SittingRepository,
    private readonly attempts: AttemptRepository,
    private readonly submission: AttemptSubmission,
    private readonly scoring: AttemptScoring,
    private readonly access: CandidateAccess,
  ) {}

  /**
   * Submits and, unless a storm of submits keeps the scoring busy, waits for the score. Either way
   * the submission is durable when this answers: status `scoring` is scored moments later.
   */
  async submit(principal: Principal, attemptId: string): Promise<ResultView> {
    const submitted = await this.submission.submitAndWait(attemptId, 'candidate', principal.userId);
    // already submitted (a repeat, or the server's sweeper), or not the caller's (result() says it is absent)
    if (!submitted) return this.result(principal, attemptId);
    // acknowledged in a storm, or its scoring failed (recorded and retried): scored later either way
    if (!submitted.graded) return scoringView(submitted.attempt, submitted.attempt);
    const { attempt, sitting, slots } = submitted.graded;
    return resultView(attempt, sitting, slots, await this.sittings.closedForEveryone(sitting.id));
  }

  async result(principal: Principal, attemptId: string): Promise<ResultView> {
    let attempt = await this.access.requireOwnAttempt(principal, attemptId);
    const sitting = (await this.sittings.findById(attempt.sittingId))!;
    if (attempt.status === 'scoring') {
      // scoring here and not held up by a storm: worth the wait (a repeated submit lands here too)
      await this.submission.marking(attemptId);
      const pending = this.scoring.pending(attemptId);
      if (pending && this.scoring.busy) return scoringView(attempt, sitting);
      await pending?.catch(() => undefined);
      // read again: a scoring that ended before we asked leaves no pending, but a score
      attempt = await this.access.requireOwnAttempt(principal, attemptId);
      if (attempt.status === 'scoring') return scoringView(attempt, sitting);
    }
    const slots = attempt.status === 'in_progress' ? [] : await this.attempts.slots(attemptId);
    // not the candidate's own window: what closes for them early may still be open for colleagues
    return resultView(attempt, sitting, slots, await this.sittings.closedForEveryone(sitting.id));
  }
}
