import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QuestionContent } from '../../question-bank/domain/question-draft';
import type { ChoiceOrder } from '../domain/choice-presentation';
import type { ReviewPolicy } from '../domain/review-policy';
import type { AttemptStatus } from './attempt.entity';
import { VersionContentCache } from './version-content-cache';

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
    const rows = await manager.query<AttemptRow[]>(`SELECT ${ATTEMPT_COLUMNS} FROM attempt a WHERE a.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Locks the attempt row for the rest of the transaction (submit, grading). */
  async lockById(id: string, manager: EntityManager): Promise<AttemptRow | null> {
    const rows = await manager.query<AttemptRow[]>(`SELECT ${ATTEMPT_COLUMNS} FROM attempt a WHERE a.id = $1 FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  forUserAndSittings(userId: string, sittingIds: string[]): Promise<AttemptRow[]> {
    if (sittingIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query<AttemptRow[]>(`SELECT ${ATTEMPT_COLUMNS} FROM attempt a WHERE a.user_id = $1 AND a.sitting_id = ANY($2::uuid[]) ORDER BY a.attempt_no`, [userId, sittingIds]);
  }

  async findInProgress(sittingId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<AttemptRow | null> {
    const rows = await manager.query<AttemptRow[]>(`SELECT ${ATTEMPT_COLUMNS} FROM attempt a WHERE a.sitting_id = $1 AND a.user_id = $2 AND a.status = 'in_progress'`, [sittingId, userId]);
    return rows[0] ?? null;
  }

  /**
   * Starts an attempt in one statement: the attempt, its slots and its 'started' event, unless one is
   * already in progress or the attempt number is taken (the unique indexes decide, so concurrent starts
   * cannot both win). Returns the new id, or null when another start won. One statement rather than a
   * transaction of four: on exam day every start arrives within seconds, and each round trip costs.
   */
  async insertStarted(a: { sittingId: string; userId: string; attemptNo: number; startedAt: Date; deadline: Date; maxScore: number }, slots: NewSlot[]): Promise<string | null> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
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
        JSON.stringify(slots.map((s) => ({ slot: s.slot, question_id: s.questionId, question_version: s.questionVersion, points: s.points, choice_order: s.choiceOrder }))),
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** The attempt's slots with the questions they pinned (their contents from the immutable-version cache). */
  async slots(attemptId: string, manager: EntityManager = this.dataSource.manager): Promise<SlotRow[]> {
    const rows = await manager.query<Array<Omit<SlotRow, 'content'>>>(
      `SELECT s.slot, s.question_id AS "questionId", s.question_version AS "questionVersion", s.points::float8 AS points,
              s.choice_order AS "choiceOrder", s.answer, s.answer_seq::float8 AS "answerSeq", s.saved_at AS "savedAt",
              s.fraction::float8 AS fraction, s.state, s.score::float8 AS score, s.feedback, s.graded_by AS "gradedBy"
         FROM attempt_slot s WHERE s.attempt_id = $1 ORDER BY s.slot`,
      [attemptId],
    );
    const contents = await this.versions.contents(rows.map((r) => ({ questionId: r.questionId, version: r.questionVersion })), manager);
    return rows.map((r) => ({ ...r, content: contents.get(`${r.questionId}@${r.questionVersion}`)! }));
  }

  /** Every attempt of one person at one sitting, oldest first. */
  attemptsOf(sittingId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<AttemptRow[]> {
    return manager.query<AttemptRow[]>(`SELECT ${ATTEMPT_COLUMNS} FROM attempt a WHERE a.sitting_id = $1 AND a.user_id = $2 ORDER BY a.attempt_no`, [sittingId, userId]);
  }

  /**
   * The autosave: one statement that writes only when the attempt is the caller's, still open,
   * inside deadline + grace, and the sequence number is newer than the stored one.
   */
  async saveAnswer(q: { attemptId: string; userId: string; slot: number; answer: unknown; seq: number; graceSeconds: number }): Promise<{ seq: number; savedAt: Date; sittingId: string } | null> {
    const [rows] = await this.dataSource.query<[Array<{ seq: string; savedAt: Date; sittingId: string }>, number]>(
      `UPDATE attempt_slot s SET answer = $4::jsonb, answer_seq = $5, saved_at = now()
         FROM attempt a
        WHERE s.attempt_id = $1 AND s.slot = $3 AND a.id = s.attempt_id AND a.user_id = $2
          AND a.status = 'in_progress' AND now() <= a.deadline + make_interval(secs => $6) AND s.answer_seq < $5
       RETURNING s.answer_seq AS seq, s.saved_at AS "savedAt", a.sitting_id AS "sittingId"`,
      [q.attemptId, q.userId, q.slot, JSON.stringify(q.answer), q.seq, q.graceSeconds],
    );
    const row = rows[0];
    return row ? { seq: Number(row.seq), savedAt: row.savedAt, sittingId: row.sittingId } : null;
  }

  /**
   * The candidate's submit, in one statement: status `scoring`, the submission time, submitted by
   * the candidate, and a 'submitted' event. Null when it is not in progress, or not theirs.
   */
  async markSubmitted(attemptId: string, userId: string): Promise<(AttemptRow & { title: string; reviewPolicy: ReviewPolicy }) | null> {
    const rows = await this.dataSource.query<Array<AttemptRow & { title: string; reviewPolicy: ReviewPolicy }>>(
      `WITH a AS (
         UPDATE attempt SET status = 'scoring', submitted_at = now(), submitted_by = 'candidate'
          WHERE id = $1 AND user_id = $2 AND status = 'in_progress'
          RETURNING *
       ), event AS (
         INSERT INTO attempt_event (attempt_id, kind, details) SELECT id, 'submitted', '{"by": "candidate"}'::jsonb FROM a
       )
       SELECT ${ATTEMPT_COLUMNS}, s.title, s.review_policy AS "reviewPolicy" FROM a JOIN sitting s ON s.id = a.sitting_id`,
      [attemptId, userId],
    );
    return rows[0] ?? null;
  }

  /** Submitted attempts still waiting to be scored after `olderThanSeconds`, locked for this instance alone. */
  unscored(olderThanSeconds: number, limit: number, manager: EntityManager): Promise<AttemptRow[]> {
    return manager.query<AttemptRow[]>(
      `SELECT ${ATTEMPT_COLUMNS} FROM attempt a WHERE a.status = 'scoring' AND a.submitted_at < now() - make_interval(secs => $1)
        ORDER BY a.submitted_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [olderThanSeconds, limit],
    );
  }

  async slotAnswer(attemptId: string, slot: number): Promise<{ seq: number; answer: unknown; savedAt: Date | null } | null> {
    const rows = await this.dataSource.query<Array<{ seq: string; answer: unknown; savedAt: Date | null }>>(
      'SELECT answer_seq AS seq, answer, saved_at AS "savedAt" FROM attempt_slot WHERE attempt_id = $1 AND slot = $2',
      [attemptId, slot],
    );
    return rows[0] ? { ...rows[0], seq: Number(rows[0].seq) } : null;
  }

  /**
   * Records a grading in one statement: each slot's grade, the attempt's status and score (the first
   * submission time and submitter are kept), and a 'submitted' event when `submittedBy` says who
   * submitted. Returns the stored submission time.
   */
  async recordOutcome(
    attemptId: string,
    grades: SlotGrade[],
    f: { status: AttemptStatus; submittedBy: string | null; score: number | null; graded: boolean },
    manager: EntityManager,
  ): Promise<Date> {
    const rows = await manager.query<Array<{ submittedAt: Date }>>(
      `WITH graded AS (
         UPDATE attempt_slot s SET fraction = g.fraction, state = g.state, score = g.score
           FROM jsonb_to_recordset($2::jsonb) AS g(slot int, fraction numeric, state text, score numeric)
          WHERE s.attempt_id = $1 AND s.slot = g.slot
       ), finished AS (
         UPDATE attempt SET status = $3, submitted_at = coalesce(submitted_at, now()), submitted_by = coalesce(submitted_by, $4::text), score = $5,
                graded_at = CASE WHEN $6::boolean THEN now() ELSE graded_at END
          WHERE id = $1 RETURNING submitted_at
       ), event AS (
         INSERT INTO attempt_event (attempt_id, kind, details) SELECT $1, 'submitted', jsonb_build_object('by', $4::text) WHERE $4::text IS NOT NULL
       )
       SELECT submitted_at AS "submittedAt" FROM finished`,
      [attemptId, JSON.stringify(grades), f.status, f.submittedBy, f.score, f.graded],
    );
    return rows[0].submittedAt;
  }

  /** Open attempts past deadline + grace, locked for this instance alone (others skip them). */
  overdue(graceSeconds: number, limit: number, manager: EntityManager): Promise<Array<{ id: string }>> {
    return manager.query<Array<{ id: string }>>(
      `SELECT id FROM attempt WHERE status = 'in_progress' AND deadline + make_interval(secs => $1) < now()
        ORDER BY deadline LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [graceSeconds, limit],
    );
  }

  async addEvent(attemptId: string, kind: string, clientAt: Date | null, details: Record<string, unknown> | null, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query('INSERT INTO attempt_event (attempt_id, kind, client_at, details) VALUES ($1, $2, $3, $4)', [attemptId, kind, clientAt, details ? JSON.stringify(details) : null]);
  }

  /** Records an event unless one with the same client event id was recorded before; false when it was. */
  async addEventOnce(attemptId: string, kind: string, clientAt: Date | null, eventId: string | null, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO attempt_event (attempt_id, kind, client_at, client_event_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
      [attemptId, kind, clientAt, eventId],
    );
    return rows.length > 0;
  }

  async bumpSwitchCount(attemptId: string, manager: EntityManager): Promise<number> {
    const [rows] = await manager.query<[Array<{ switch_count: number }>, number]>('UPDATE attempt SET switch_count = switch_count + 1 WHERE id = $1 RETURNING switch_count', [attemptId]);
    return rows[0]?.switch_count ?? 0;
  }

  events(attemptId: string): Promise<Array<{ kind: string; at: Date; clientAt: Date | null; details: Record<string, unknown> | null }>> {
    return this.dataSource.query('SELECT kind, at, client_at AS "clientAt", details FROM attempt_event WHERE attempt_id = $1 ORDER BY at, id', [attemptId]);
  }

  /** Questions this person has already been shown, so a blueprint can prefer unseen ones. */
  async seenQuestionIds(userId: string, manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    const rows = await manager.query<Array<{ question_id: string }>>(
      'SELECT DISTINCT s.question_id FROM attempt_slot s JOIN attempt a ON a.id = s.attempt_id WHERE a.user_id = $1',
      [userId],
    );
    return new Set(rows.map((r) => r.question_id));
  }
}
