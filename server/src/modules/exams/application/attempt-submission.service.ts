import { Injectable } from '@nestjs/common';
import type { SubmittedBy } from '../persistence/attempt.entity';
import { AttemptRepository, AttemptRow } from '../persistence/attempt.repository';
import type { ReviewPolicy } from '../domain/review-policy';
import { AttemptScoring } from './attempt-scoring.service';
import { Graded } from './attempt-grading.service';
import { ExamLiveUpdates } from './exam-live-updates';

export type SubmittedAttempt = AttemptRow & { title: string; reviewPolicy: ReviewPolicy };

export interface Submission {
  attempt: SubmittedAttempt;
  /** Settles once the scoring ends: what it graded, or null when it failed (recorded, retried later). */
  scored: Promise<Graded | null>;
}

/**
 * The one way an attempt leaves `in_progress`, whoever ends it: the candidate, the sweeper after
 * deadline + grace, or strict mode after too many page switches. One statement marks it submitted
 * (durable from then on) and writes its 'submitted' event; the scoring queue then grades it.
 */
@Injectable()
export class AttemptSubmission {
  /** Submits on this instance whose statement has not answered yet (see `marking`). */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly attempts: AttemptRepository,
    private readonly scoring: AttemptScoring,
    private readonly live: ExamLiveUpdates,
  ) {}

  /**
   * Submits and queues the scoring without waiting for it. Null when nothing was submitted: not in
   * progress any more, not the owner's (`ownerId`), or, for the server, not yet past deadline + grace.
   */
  async submit(attemptId: string, by: SubmittedBy, ownerId: string | null = null): Promise<Submission | null> {
    const marking = this.attempts.markSubmitted(attemptId, by, ownerId);
    // the first submit under way is the one that can succeed: a repeat must not hide it
    if (!this.inFlight.has(attemptId)) this.inFlight.set(attemptId, marking);
    try {
      const attempt = await marking;
      if (!attempt) return null;
      return { attempt, scored: this.scoring.score(attemptId) };
    } finally {
      if (this.inFlight.get(attemptId) === marking) this.inFlight.delete(attemptId);
    }
  }

  /**
   * Settles once a submit of this attempt under way on this instance has queued its scoring. A
   * repeated submit can read status `scoring` between the first one's commit and its queueing; it
   * waits for this before asking the queue, so it waits for the same score instead of answering
   * 'scoring' (the first submit's continuation runs before any later waiter's).
   */
  async marking(attemptId: string): Promise<void> {
    await this.inFlight.get(attemptId)?.catch(() => undefined);
  }

  /**
   * Submits and waits for the score, unless a storm of submits keeps the scoring busy: then the
   * watchers hear of the submit now and of the score from the scoring moments later (graded null).
   */
  async submitAndWait(
    attemptId: string,
    by: SubmittedBy,
    ownerId: string | null = null,
  ): Promise<{ attempt: SubmittedAttempt; graded: Graded | null } | null> {
    const busy = this.scoring.busy;
    const submission = await this.submit(attemptId, by, ownerId);
    if (!submission) return null;
    if (busy) {
      this.live.submitted(submission.attempt);
      return { attempt: submission.attempt, graded: null };
    }
    return { attempt: submission.attempt, graded: await submission.scored };
  }
}
