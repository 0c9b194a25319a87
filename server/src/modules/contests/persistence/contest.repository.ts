import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { execute, queryOne, queryRows } from '../../../platform/database/query';
import type { RubricItem } from '../domain/speech/rubric';

export interface ContestRow {
  id: string;
  title: string;
  kind: 'knowledge' | 'speech';
  joinCode: string;
  status: 'draft' | 'running' | 'ended';
  ownerUnitId: string;
  ownerUnitPath: string;
  ownerUnitName: string;
  finalMethod: 'trimmed' | 'median' | 'normalised';
  rubric: RubricItem[] | null;
  timeLimitSeconds: number | null;
  overrunGraceSeconds: number;
  overrunStepSeconds: number;
  overrunPointsPerStep: number;
  overrunMaxPenalty: number | null;
  createdBy: string | null;
  createdAt: Date;
}

export type NewContest = Omit<ContestRow, 'id' | 'status' | 'ownerUnitPath' | 'ownerUnitName' | 'createdAt'>;

export interface SpeakerRow {
  id: string;
  userId: string;
  name: string;
  position: number;
}

export interface JudgeRow {
  userId: string;
  name: string;
  position: number;
}

const SELECT = `SELECT c.id, c.title, c.kind, c.join_code AS "joinCode", c.status, c.owner_unit_id AS "ownerUnitId",
  u.path AS "ownerUnitPath", u.name AS "ownerUnitName", c.final_method AS "finalMethod", c.rubric,
  c.time_limit_seconds AS "timeLimitSeconds", c.overrun_grace_seconds AS "overrunGraceSeconds",
  c.overrun_step_seconds AS "overrunStepSeconds", c.overrun_points_per_step::float8 AS "overrunPointsPerStep",
  c.overrun_max_penalty::float8 AS "overrunMaxPenalty", c.created_by AS "createdBy", c.created_at AS "createdAt"
  FROM contest c JOIN org_unit u ON u.id = c.owner_unit_id`;

@Injectable()
export class ContestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes the contest; a join code already taken raises the unique violation for the caller to draw another. */
  async insert(c: NewContest, manager: EntityManager): Promise<string> {
    const row = await queryOne<{ id: string }>(
      manager,
      `INSERT INTO contest (owner_unit_id, title, kind, join_code, final_method, rubric, time_limit_seconds, overrun_grace_seconds,
         overrun_step_seconds, overrun_points_per_step, overrun_max_penalty, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        c.ownerUnitId,
        c.title,
        c.kind,
        c.joinCode,
        c.finalMethod,
        c.rubric === null ? null : JSON.stringify(c.rubric),
        c.timeLimitSeconds,
        c.overrunGraceSeconds,
        c.overrunStepSeconds,
        c.overrunPointsPerStep,
        c.overrunMaxPenalty,
        c.createdBy,
      ],
    );
    return row!.id;
  }

  findById(id: string): Promise<ContestRow | undefined> {
    return queryOne<ContestRow>(this.dataSource, `${SELECT} WHERE c.id = $1`, [id]);
  }

  /** Contests owned inside the scope (null: all), newest first. */
  listInScope(scopePath: string | null): Promise<ContestRow[]> {
    return queryRows<ContestRow>(
      this.dataSource,
      `${SELECT} WHERE $1::text IS NULL OR starts_with(u.path, $1::text) ORDER BY c.created_at DESC LIMIT 500`,
      [scopePath],
    );
  }

  /** Contests the person judges, newest first: what a judge's phone lists. */
  judgedBy(userId: string): Promise<ContestRow[]> {
    return queryRows<ContestRow>(
      this.dataSource,
      `${SELECT} JOIN contest_judge j ON j.contest_id = c.id AND j.user_id = $1 WHERE c.status <> 'ended' ORDER BY c.created_at DESC`,
      [userId],
    );
  }

  speakers(contestId: string, db: EntityManager | DataSource = this.dataSource): Promise<SpeakerRow[]> {
    return queryRows<SpeakerRow>(
      db,
      `SELECT p.id, p.user_id AS "userId", a.display_name AS name, p.position FROM contest_participant p
       JOIN app_user a ON a.id = p.user_id WHERE p.contest_id = $1 ORDER BY p.position`,
      [contestId],
    );
  }

  judges(contestId: string, db: EntityManager | DataSource = this.dataSource): Promise<JudgeRow[]> {
    return queryRows<JudgeRow>(
      db,
      `SELECT j.user_id AS "userId", a.display_name AS name, j.position FROM contest_judge j
       JOIN app_user a ON a.id = j.user_id WHERE j.contest_id = $1 ORDER BY j.position`,
      [contestId],
    );
  }

  async isJudge(contestId: string, userId: string): Promise<boolean> {
    return !!(await queryOne(this.dataSource, 'SELECT 1 FROM contest_judge WHERE contest_id = $1 AND user_id = $2', [contestId, userId]));
  }

  /** Adds speakers after the last one, in the given order; the caller has locked the contest. */
  async addSpeakers(contestId: string, userIds: string[], manager: EntityManager): Promise<void> {
    await execute(
      manager,
      `INSERT INTO contest_participant (contest_id, user_id, position)
       SELECT $1, t.user_id, (SELECT COALESCE(MAX(position), 0) FROM contest_participant WHERE contest_id = $1) + t.n
       FROM unnest($2::uuid[]) WITH ORDINALITY AS t(user_id, n)`,
      [contestId, userIds],
    );
  }

  async replaceJudges(contestId: string, userIds: string[], manager: EntityManager): Promise<void> {
    await execute(manager, 'DELETE FROM contest_judge WHERE contest_id = $1', [contestId]);
    await execute(
      manager,
      `INSERT INTO contest_judge (contest_id, user_id, position) SELECT $1, t.user_id, t.n FROM unnest($2::uuid[]) WITH ORDINALITY AS t(user_id, n)`,
      [contestId, userIds],
    );
  }

  async setStatus(contestId: string, status: ContestRow['status'], manager: EntityManager): Promise<void> {
    await execute(manager, 'UPDATE contest SET status = $2 WHERE id = $1', [contestId, status]);
  }

  /** Display names by user id, for the export's actors. */
  async namesOf(userIds: string[]): Promise<Map<string, string>> {
    const rows = await queryRows<{ id: string; name: string }>(
      this.dataSource,
      'SELECT id, display_name AS name FROM app_user WHERE id = ANY($1::uuid[])',
      [userIds],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
