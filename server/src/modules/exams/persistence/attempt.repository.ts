import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QuestionContent } from '../../question-bank/domain/question-draft';
import { GRACE_SECONDS } from '../domain/attempt-window';
import type { ChoiceOrder } from '../domain/choice-presentation';
import type { ReviewPolicy } from '../domain/review-policy';
import type { AttemptStatus, SubmittedBy } from './attempt.entity';
import { VersionContentCache } from './version-content-cache';
import { execute, queryRows } from '../../../platform/database/query';

export interface AttemptRow {
  id: string;
  sittingId: string;
  userId: string;
  attemptNo: number;
  status: AttemptStatus;
  startedAt: Date;
  deadline: Date;
  submittedAt: Date | null;
  submittedBy: string | null;
  score: number | null;
  maxScore: number;
  switchCount: number;
}

export interface SlotRow {
  slot: number;
  questionId: string;
  questionVersion: number;
  points: number;
  /** How the slot's lists were shown to the candidate; `answer` is in stored ids. */
  choiceOrder: ChoiceOrder | null;
  answer: unknown;
  answerSeq: number;
  savedAt: Date | null;
  fraction: number | null;
  state: string | null;
  score: number | null;
  feedback: string | null;
  /** Set once a marker has scored the slot by hand (essays). */
  gradedBy: string | null;
  content: QuestionContent;
}

export interface NewSlot {
  slot: number;
  questionId: string;
  questionVersion: number;
  points: number;
  choiceOrder: ChoiceOrder | null;
}

export interface SlotGrade {
  slot: number;
  fraction: number;
  state: string;
  score: number;
}

/**
 * The one deadline rule, on the database's clock: an attempt (aliased `a`) takes answers until its
 * deadline plus the grace; after that the sweeper submits it. Written so that its negation is
 * `a.deadline < …`, which the partial index on open attempts' deadlines serves.
 */
const TAKES_ANSWERS = `a.deadline >= now() - make_interval(secs => ${GRACE_SECONDS})`;

export interface SaveRefusal {
  status: AttemptStatus;
  pastDeadline: boolean;
  seq: number | null;
  answer: unknown;
  savedAt: Date | null;
  serverNow: Date;
}

const ATTEMPT_COLUMNS = `a.id, a.sitting_id AS "sittingId", a.user_id AS "userId", a.attempt_no AS "attemptNo", a.status,
  a.started_at AS "startedAt", a.deadline, a.submitted_at AS "submittedAt", a.submitted_by AS "submittedBy",
  a.score::float8 AS score, a.max_score::float8 AS "maxScore", a.switch_count AS "switchCount"`;

@Injectable()
export class AttemptRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: VersionContentCache,
  ) {}

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<AttemptRow | null> {
    const rows = await queryRows<AttemptRow>(manager, `SELECT ${ATTEMPT_COLUMNS} FROM attempt a WHERE a.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Locks the attempt row for the rest of the transaction (grading, marking, a key correction). */
  async lockById(id: string, manager: EntityManager): Promise<AttemptRow | null> {
    const rows = await queryRows<AttemptRow>(manager, `SELECT ${ATTEMPT_COLUMNS} FROM attempt a WHERE a.id = $1 FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  forUserAndSittings(userId: string, sittingIds: string[]): Promise<AttemptRow[]> {
    if (sittingIds.length === 0) return Promise.resolve([]);
    return queryRows<AttemptRow>(
      this.dataSource,
      `SELECT ${ATTEMPT_COLUMNS} FROM attempt a WHERE a.user_id = $1 AND a.sitting_id = ANY($2::uuid[]) ORDER BY a.attempt_no`,
      [userId, sittingIds],
    );
  }

  /** One person's attempts at a sitting in attempt order, with their score once graded (inside the grading transaction). */
  gradedScoresOf(sittingId: string, userId: string, manager: EntityManager): Promise<Array<{ attemptId: string; score: number | null }>> {
    return queryRows(
      manager,
      `SELECT a.id AS "attemptId", CASE WHEN a.status = 'graded' THEN a.score::float8 END AS score
         FROM attempt a WHERE a.sitting_id = $1 AND a.user_id = $2 ORDER BY a.attempt_no`,
      [sittingId, userId],
    );
  }

  async findInProgress(sittingId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<AttemptRow | null> {
    const rows = await queryRows<AttemptRow>(
      manager,
      `SELECT ${ATTEMPT_COLUMNS} FROM attempt a WHERE a.sitting_id = $1 AND a.user_id = $2 AND a.status = 'in_progress'`,
      [sittingId, userId],
    );
    return rows[0] ?? null;
  }

  /**
   * Starts an attempt in one statement: the attempt, its slots and its 'started' event, unless one is
   * already in progress or the attempt number is taken (the unique indexes decide, so concurrent starts
   * cannot both win). Returns the new id, or null when another start won. One statement rather than a
   * transaction of four: on exam day every start arrives within seconds, and each round trip costs.
   */
  async insertStarted(
    a: { sittingId: string; userId: string; attemptNo: number; startedAt: Date; deadline: Date; maxScore: number },
    slots: NewSlot[],
  ): Promise<string | null> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `WITH started AS (
         INSERT INTO attempt (sitting_id, user_id, attempt_no, status, started_at, deadline, max_score)
         VALUES ($1, $2, $3, 'in_progress', $4, $5, $6)
         ON CONFLICT DO NOTHING RETURNING id
       ), slots AS (
         INSERT INTO attempt_slot (attempt_id, slot, question_id, question_version, points, choice_order)
         SELECT started.id, s.slot, s.question_id, s.question_version, s.points, s.choice_order
           FROM started, jsonb_to_recordset($7::jsonb) AS s(slot int, question_id uuid, question_version int, points numeric, choice_order jsonb)
       ), event AS (
         INSERT INTO attempt_event (attempt_id, kind) SELECT id, 'started' FROM started
       )
       SELECT id FROM started`,
      [
        a.sittingId,
        a.userId,
        a.attemptNo,
        a.startedAt,
        a.deadline,
        a.maxScore,
        JSON.stringify(
          slots.map((s) => ({
            slot: s.slot,
            question_id: s.questionId,
            question_version: s.questionVersion,
            points: s.points,
            choice_order: s.choiceOrder,
          })),
        ),
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** The attempt's slots with the questions they pinned (their contents from the immutable-version cache). */
  async slots(attemptId: string, manager: EntityManager = this.dataSource.manager): Promise<SlotRow[]> {
    const rows = await queryRows<Omit<SlotRow, 'content'>>(
      manager,
      `SELECT s.slot, s.question_id AS "questionId", s.question_version AS "questionVersion", s.points::float8 AS points,
              s.choice_order AS "choiceOrder", s.answer, s.answer_seq::float8 AS "answerSeq", s.saved_at AS "savedAt",
              s.fraction::float8 AS fraction, s.state, s.score::float8 AS score, s.feedback, s.graded_by AS "gradedBy"
         FROM attempt_slot s WHERE s.attempt_id = $1 ORDER BY s.slot`,
      [attemptId],
    );
    const contents = await this.versions.contents(
      rows.map((r) => ({ questionId: r.questionId, version: r.questionVersion })),
      manager,
    );
    return rows.map((r) => ({ ...r, content: contents.get(`${r.questionId}@${r.questionVersion}`)! }));
  }

  /** Every attempt of one person at one sitting, oldest first. */
  attemptsOf(sittingId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<AttemptRow[]> {
    return queryRows<AttemptRow>(
      manager,
      `SELECT ${ATTEMPT_COLUMNS} FROM attempt a WHERE a.sitting_id = $1 AND a.user_id = $2 ORDER BY a.attempt_no`,
      [sittingId, userId],
    );
  }

  /**
   * The autosave: one statement that writes only when the attempt is the caller's, still open,
   * inside deadline + grace, and the sequence number is newer than the stored one.
   */
  async saveAnswer(q: {
    attemptId: string;
    userId: string;
    slot: number;
    answer: unknown;
    seq: number;
  }): Promise<{ seq: number; savedAt: Date; sittingId: string } | null> {
    const rows = await queryRows<{ seq: string; savedAt: Date; sittingId: string }>(
      this.dataSource,
      `UPDATE attempt_slot s SET answer = $4::jsonb, answer_seq = $5, saved_at = now()
         FROM attempt a
        WHERE s.attempt_id = $1 AND s.slot = $3 AND a.id = s.attempt_id AND a.user_id = $2
          AND a.status = 'in_progress' AND ${TAKES_ANSWERS} AND s.answer_seq < $5
       RETURNING s.answer_seq AS seq, s.saved_at AS "savedAt", a.sitting_id AS "sittingId"`,
      [q.attemptId, q.userId, q.slot, JSON.stringify(q.answer), q.seq],
    );
    const row = rows[0];
    return row ? { seq: Number(row.seq), savedAt: row.savedAt, sittingId: row.sittingId } : null;
  }

  /** Why an autosave wrote nothing: the attempt as the save saw it (by the same deadline rule) and the slot's stored answer. */
  async saveRefusal(attemptId: string, slot: number): Promise<SaveRefusal | null> {
    const rows = await queryRows<Omit<SaveRefusal, 'seq'> & { seq: string | null }>(
      this.dataSource,
      `SELECT a.status, NOT (${TAKES_ANSWERS}) AS "pastDeadline", s.answer_seq AS seq, s.answer, s.saved_at AS "savedAt", now() AS "serverNow"
         FROM attempt a LEFT JOIN attempt_slot s ON s.attempt_id = a.id AND s.slot = $2
        WHERE a.id = $1`,
      [attemptId, slot],
    );
    const row = rows[0];
    return row ? { ...row, seq: row.seq === null ? null : Number(row.seq) } : null;
  }

  /**
   * Every submit, in one statement: status `scoring`, the submission time, who submitted, and the
   * 'submitted' event. Only an attempt in progress is submitted; the candidate's only when it is
   * theirs (`ownerId`), the server's only when past deadline + grace. Null when nothing was submitted.
   */
  async markSubmitted(
    attemptId: string,
    by: SubmittedBy,
    ownerId: string | null,
  ): Promise<(AttemptRow & { title: string; reviewPolicy: ReviewPolicy }) | null> {
    const rows = await queryRows<AttemptRow & { title: string; reviewPolicy: ReviewPolicy }>(
      this.dataSource,
      `WITH submitted AS (
         UPDATE attempt a SET status = 'scoring', submitted_at = now(), submitted_by = $2::text
          WHERE a.id = $1 AND a.status = 'in_progress' AND ($3::uuid IS NULL OR a.user_id = $3::uuid)
            AND ($2::text <> 'server' OR NOT (${TAKES_ANSWERS}))
          RETURNING a.*
       ), event AS (
         INSERT INTO attempt_event (attempt_id, kind, details) SELECT id, 'submitted', jsonb_build_object('by', $2::text) FROM submitted
       )
       SELECT ${ATTEMPT_COLUMNS}, s.title, s.review_policy AS "reviewPolicy" FROM submitted a JOIN sitting s ON s.id = a.sitting_id`,
      [attemptId, by, ownerId],
    );
    return rows[0] ?? null;
  }

  /**
   * Claims submitted attempts still waiting to be scored after `olderThanSeconds` and due for a
   * (re)try, for this instance alone: their retry time moves `leaseSeconds` ahead, so other
   * instances leave them be until then (the scoring's outcome replaces it).
   */
  async claimUnscored(olderThanSeconds: number, leaseSeconds: number, limit: number): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE attempt SET scoring_retry_at = now() + make_interval(secs => $2)
        WHERE id IN (SELECT id FROM attempt
                      WHERE status = 'scoring' AND submitted_at < now() - make_interval(secs => $1)
                        AND (scoring_retry_at IS NULL OR scoring_retry_at <= now())
                      ORDER BY submitted_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [olderThanSeconds, leaseSeconds, limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * A scoring that threw: counted, its error kept, and the next try put off by the schedule's step
   * for this failure (the last step repeats). Null when the attempt is not waiting any more.
   */
  async recordScoringFailure(
    attemptId: string,
    error: string,
    retrySeconds: readonly number[],
  ): Promise<{ failures: number; retryAt: Date } | null> {
    const rows = await queryRows<{ failures: number; retryAt: Date }>(
      this.dataSource,
      `UPDATE attempt SET scoring_failures = scoring_failures + 1, scoring_error = left($2, 2000),
              scoring_retry_at = now() + make_interval(secs => ($3::int[])[least(scoring_failures + 1, cardinality($3::int[]))])
        WHERE id = $1 AND status = 'scoring'
       RETURNING scoring_failures AS failures, scoring_retry_at AS "retryAt"`,
      [attemptId, error, retrySeconds],
    );
    return rows[0] ?? null;
  }

  /** Submitted attempts whose scoring has failed at least once and that still wait for a score. */
  async failingToScore(): Promise<number> {
    const [{ n }] = await queryRows<{ n: number }>(
      this.dataSource,
      `SELECT count(*)::int AS n FROM attempt WHERE status = 'scoring' AND scoring_failures > 0`,
    );
    return n;
  }

  /**
   * Records a grading in one statement: each slot's grade and the attempt's status and score.
   * Returns the submission time and, once graded, the grading time.
   */
  async recordOutcome(
    attemptId: string,
    grades: SlotGrade[],
    f: { status: AttemptStatus; score: number | null; graded: boolean },
    manager: EntityManager,
  ): Promise<{ submittedAt: Date; gradedAt: Date | null }> {
    const rows = await queryRows<{ submittedAt: Date; gradedAt: Date | null }>(
      manager,
      `WITH graded AS (
         UPDATE attempt_slot s SET fraction = g.fraction, state = g.state, score = g.score
           FROM jsonb_to_recordset($2::jsonb) AS g(slot int, fraction numeric, state text, score numeric)
          WHERE s.attempt_id = $1 AND s.slot = g.slot
       )
       UPDATE attempt SET status = $3, score = $4, graded_at = CASE WHEN $5::boolean THEN now() ELSE graded_at END
        WHERE id = $1 RETURNING submitted_at AS "submittedAt", graded_at AS "gradedAt"`,
      [attemptId, JSON.stringify(grades), f.status, f.score, f.graded],
    );
    return rows[0];
  }

  /** Moves the deadline of the sittings' open attempts to `at` (ending them for the sweeper's rule); returns their ids. */
  async endOpenAttempts(sittingIds: string[], at: Date, manager: EntityManager): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `UPDATE attempt SET deadline = least(deadline, $2::timestamptz) WHERE sitting_id = ANY($1::uuid[]) AND status = 'in_progress' RETURNING id`,
      [sittingIds, at],
    );
    return rows.map((r) => r.id);
  }

  /** Open attempts past deadline + grace, oldest deadline first. */
  overdue(limit: number): Promise<Array<{ id: string }>> {
    return queryRows<{ id: string }>(
      this.dataSource,
      `SELECT a.id FROM attempt a WHERE a.status = 'in_progress' AND NOT (${TAKES_ANSWERS}) ORDER BY a.deadline LIMIT $1`,
      [limit],
    );
  }

  /** What each slot of the attempt pinned: the question, its version and the order its choices were shown in. */
  pins(attemptId: string): Promise<Array<{ slot: number; questionId: string; version: number; choiceOrder: ChoiceOrder | null }>> {
    return queryRows<{ slot: number; questionId: string; version: number; choiceOrder: ChoiceOrder | null }>(
      this.dataSource,
      'SELECT slot, question_id AS "questionId", question_version AS version, choice_order AS "choiceOrder" FROM attempt_slot WHERE attempt_id = $1',
      [attemptId],
    );
  }

  /** Points every slot that showed one version of a question at another; answers the attempts it touched. */
  async repointSlots(questionId: string, fromVersion: number, toVersion: number, manager: EntityManager): Promise<string[]> {
    const moved = await queryRows<{ attempt_id: string }>(
      manager,
      'UPDATE attempt_slot SET question_version = $3 WHERE question_id = $1 AND question_version = $2 RETURNING attempt_id',
      [questionId, fromVersion, toVersion],
    );
    return moved.map((m) => m.attempt_id);
  }

  async addEvent(
    attemptId: string,
    kind: string,
    clientAt: Date | null,
    details: Record<string, unknown> | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await execute(manager, 'INSERT INTO attempt_event (attempt_id, kind, client_at, details) VALUES ($1, $2, $3, $4)', [
      attemptId,
      kind,
      clientAt,
      details ? JSON.stringify(details) : null,
    ]);
  }

  /** Records an event unless one with the same client event id was recorded before; false when it was. */
  async addEventOnce(
    attemptId: string,
    kind: string,
    clientAt: Date | null,
    eventId: string | null,
    manager: EntityManager,
  ): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO attempt_event (attempt_id, kind, client_at, client_event_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
      [attemptId, kind, clientAt, eventId],
    );
    return rows.length > 0;
  }

  async bumpSwitchCount(attemptId: string, manager: EntityManager): Promise<number> {
    const rows = await queryRows<{ switch_count: number }>(
      manager,
      'UPDATE attempt SET switch_count = switch_count + 1 WHERE id = $1 RETURNING switch_count',
      [attemptId],
    );
    return rows[0]?.switch_count ?? 0;
  }

  events(attemptId: string): Promise<Array<{ kind: string; at: Date; clientAt: Date | null; details: Record<string, unknown> | null }>> {
    return queryRows(
      this.dataSource,
      'SELECT kind, at, client_at AS "clientAt", details FROM attempt_event WHERE attempt_id = $1 ORDER BY at, id',
      [attemptId],
    );
  }

  /** Questions this person has already been shown, so a blueprint can prefer unseen ones. */
  async seenQuestionIds(userId: string, manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    const rows = await queryRows<{ question_id: string }>(
      manager,
      'SELECT DISTINCT s.question_id FROM attempt_slot s JOIN attempt a ON a.id = s.attempt_id WHERE a.user_id = $1',
      [userId],
    );
    return new Set(rows.map((r) => r.question_id));
  }
}
