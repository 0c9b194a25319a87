import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { execute, queryOne, queryRows } from '../../../platform/database/query';
import type { LoggedEvent } from '../domain/speech/speech-state';

export interface NewContestEvent {
  type: string;
  payload: unknown;
  actorId: string | null;
}

export interface AppendedEvent extends LoggedEvent {
  /** False when the key had been used: the event is the first one written under it. */
  created: boolean;
}

const COLUMNS = 'seq, type, payload, actor_id AS "actorId", created_at AS "createdAt"';

/** The contest's append-only log. */
@Injectable()
export class ContestEventLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends one event under the writer's key, numbered next in the contest. The contest's row is
   * locked first, so concurrent writers of one contest take numbers one after another and a
   * check made before appending (a locked speaker) still holds; the same key again, at once or
   * later, answers the event first written under it and adds nothing.
   */
  async append(manager: EntityManager, contestId: string, event: NewContestEvent, idempotencyKey: string): Promise<AppendedEvent> {
    await this.lockContest(manager, contestId);
    const existing = await this.byKey(manager, contestId, idempotencyKey);
    if (existing) return { ...existing, created: false };
    const row = await queryOne<LoggedEvent>(
      manager,
      `INSERT INTO contest_event (contest_id, seq, type, payload, actor_id, idempotency_key)
       SELECT $1, COALESCE(MAX(seq), 0) + 1, $2, $3, $4, $5 FROM contest_event WHERE contest_id = $1
       ON CONFLICT (contest_id, idempotency_key) DO NOTHING
       RETURNING ${COLUMNS}`,
      [contestId, event.type, JSON.stringify(event.payload), event.actorId, idempotencyKey],
    );
    return row ? { ...row, created: true } : { ...(await this.byKey(manager, contestId, idempotencyKey))!, created: false };
  }

  /** Holds the contest for the caller's transaction: one writer of its log at a time. */
  async lockContest(manager: EntityManager, contestId: string): Promise<void> {
    await execute(manager, 'SELECT id FROM contest WHERE id = $1 FOR UPDATE', [contestId]);
  }

  byKey(db: EntityManager | DataSource, contestId: string, idempotencyKey: string): Promise<LoggedEvent | undefined> {
    return queryOne<LoggedEvent>(db, `SELECT ${COLUMNS} FROM contest_event WHERE contest_id = $1 AND idempotency_key = $2`, [
      contestId,
      idempotencyKey,
    ]);
  }

  /** Every event of the contest, in order: what its state is derived from. */
  events(contestId: string, db: EntityManager | DataSource = this.dataSource): Promise<LoggedEvent[]> {
    return queryRows<LoggedEvent>(db, `SELECT ${COLUMNS} FROM contest_event WHERE contest_id = $1 ORDER BY seq`, [contestId]);
  }
}
