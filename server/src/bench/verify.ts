import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import type { Candidate } from './candidate';
import { ChoiceOrder, shownAnswer } from '../modules/exams/domain/choice-presentation';
import type { QuestionContent } from '../modules/question-bank/domain/question-draft';

export interface Verification {
  attempts: number;
  acknowledgedAnswers: number;
  lostAnswers: number;
  ungradedAttempts: number;
  /** Attempts still open more than deadline + grace + 5 s (from their timestamps). */
  lateAutoSubmits: number;
  serverSubmitted: number;
  /** Candidate-submitted attempts: the longest from deadline to graded (negative: graded before the deadline). */
  maxSecondsDeadlineToGraded: number;
  /** Server-submitted attempts (the candidate never submitted): the longest from deadline to graded. */
  maxSecondsDeadlineToAutoGraded: number | null;
}

/**
 * After the run: every candidate's last server-acknowledged answer for every slot must be what the
 * database holds, and every attempt submitted and graded in time.
 */
const round1 = (n: number) => Math.round(n * 10) / 10;

/** What verify reads of a candidate: its attempt and the answers the server acknowledged. */
export type AcknowledgedAnswers = Pick<Candidate, 'attemptId' | 'acknowledged'>;

/**
 * `atLeast`: the database may hold a later answer than the one acknowledged (a backup taken after
 * these acknowledgements, say): a slot is lost only when it holds an older one or none.
 */
export async function verify(
  url: string,
  sittingId: string,
  candidates: AcknowledgedAnswers[],
  graceSeconds: number,
  options: { atLeast?: boolean } = {},
): Promise<Verification> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const attempts = (
      await client.query(
        `SELECT id, status, submitted_by, extract(epoch FROM submitted_at - deadline)::float8 AS submit_lag,
                extract(epoch FROM graded_at - deadline)::float8 AS graded_lag FROM attempt WHERE sitting_id = $1`,
        [sittingId],
      )
    ).rows as Array<{ id: string; status: string; submitted_by: string | null; submit_lag: number | null; graded_lag: number | null }>;
    const slots = (
      await client.query(
        `SELECT s.attempt_id, s.slot, s.answer, s.answer_seq::float8 AS seq, s.choice_order, v.content
           FROM attempt_slot s JOIN attempt a ON a.id = s.attempt_id JOIN question_version v ON v.question_id = s.question_id AND v.version = s.question_version
          WHERE a.sitting_id = $1`,
        [sittingId],
      )
    ).rows as Array<{
      attempt_id: string;
      slot: number;
      answer: unknown;
      seq: number;
      choice_order: ChoiceOrder | null;
      content: QuestionContent;
    }>;
    const stored = new Map(slots.map((s) => [`${s.attempt_id}/${s.slot}`, s]));
    let acknowledged = 0;
    let lost = 0;
    for (const c of candidates) {
      for (const [slot, ack] of c.acknowledged) {
        acknowledged++;
        const row = stored.get(`${c.attemptId}/${slot}`);
        // stored in the question's own ids; acknowledged in the ids the candidate was shown
        const newer = options.atLeast && row && row.seq > ack.seq;
        if (!row || row.seq < ack.seq || (!newer && !isDeepStrictEqual(shownAnswer(row.content, row.choice_order, row.answer), ack.answer)))
          lost++;
      }
    }
    return {
      attempts: attempts.length,
      acknowledgedAnswers: acknowledged,
      lostAnswers: lost,
      ungradedAttempts: attempts.filter((a) => a.status !== 'graded').length,
      lateAutoSubmits: attempts.filter((a) => a.submitted_by === 'server' && (a.submit_lag ?? Infinity) > graceSeconds + 5).length,
      serverSubmitted: attempts.filter((a) => a.submitted_by === 'server').length,
      maxSecondsDeadlineToGraded: round1(
        Math.max(-Infinity, ...attempts.filter((a) => a.submitted_by === 'candidate').map((a) => a.graded_lag ?? Infinity)),
      ),
      maxSecondsDeadlineToAutoGraded: attempts.some((a) => a.submitted_by === 'server')
        ? round1(Math.max(...attempts.filter((a) => a.submitted_by === 'server').map((a) => a.graded_lag ?? Infinity)))
        : null,
    };
  } finally {
    await client.end();
  }
}
