import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { execute, queryOne, queryRows } from '../../../platform/database/query';
import type { CorrectedStatus, LeaveStatus, TrainingForm } from '../domain/training-form';

export interface SessionRow {
  id: string;
  ownerUnitId: string;
  ownerUnitPath: string;
  title: string;
  form: TrainingForm;
  topic: string;
  subjects: string[];
  trainerId: string | null;
  place: string;
  onlineLink: string | null;
  startsAt: Date;
  endsAt: Date;
  required: boolean;
  opensEarlyMinutes: number;
  lateAfterMinutes: number;
  signOut: boolean;
  sittingId: string | null;
  createdBy: string | null;
}

export type SessionFields = Omit<SessionRow, 'id' | 'ownerUnitPath'>;

export interface AssigneeRow {
  unitId: string | null;
  role: string | null;
  userId: string | null;
}

export interface Person {
  userId: string;
  unitPath: string;
  roles: string[];
}

/** One assigned person with what is known of their attendance. */
export interface RosterRow {
  userId: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
  checkedInAt: Date | null;
  deviceHash: string | null;
  statusOverride: CorrectedStatus | null;
  overrideReason: string | null;
  leaveStatus: LeaveStatus | null;
  leaveReason: string | null;
  sharedDevice: boolean;
}

export interface CheckInRow {
  id: string;
  sessionId: string;
  userId: string;
  checkedInAt: Date | null;
  deviceHash: string | null;
  statusOverride: CorrectedStatus | null;
}

export interface LeaveRow {
  id: string;
  sessionId: string;
  userId: string;
  reason: string;
  status: LeaveStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
  unitPath: string;
}

const SESSION_SELECT = `SELECT s.id, s.owner_unit_id AS "ownerUnitId", u.path AS "ownerUnitPath", s.title, s.form, s.topic, s.subjects,
  s.trainer_id AS "trainerId", s.place, s.online_link AS "onlineLink", s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.required,
  s.opens_early_minutes AS "opensEarlyMinutes", s.late_after_minutes AS "lateAfterMinutes", s.sign_out AS "signOut",
  s.sitting_id AS "sittingId", s.created_by AS "createdBy"
  FROM training_session s JOIN org_unit u ON u.id = s.owner_unit_id`;

/**
 * Person pu (in unit pou) is asked to attend session s: directly, through a unit above or at theirs,
 * or through a role they hold in the named unit's subtree (the owner's when no unit is named).
 */
const ASSIGNED = `EXISTS (
  SELECT 1 FROM training_assignee a LEFT JOIN org_unit au ON au.id = a.unit_id
   WHERE a.session_id = s.id
     AND (a.user_id = pu.id
          OR (a.unit_id IS NOT NULL AND a.role IS NULL AND starts_with(pou.path, au.path))
          OR (a.role IS NOT NULL AND a.role = ANY(pu.roles) AND starts_with(pou.path, coalesce(au.path, u.path)))))`;

const COLUMNS = [
  'owner_unit_id',
  'title',
  'form',
  'topic',
  'subjects',
  'trainer_id',
  'place',
  'online_link',
  'starts_at',
  'ends_at',
  'required',
  'opens_early_minutes',
  'late_after_minutes',
  'sign_out',
  'sitting_id',
  'created_by',
] as const;
const valuesOf = (f: SessionFields) => [
  f.ownerUnitId,
  f.title,
  f.form,
  f.topic,
  f.subjects,
  f.trainerId,
  f.place,
  f.onlineLink,
  f.startsAt,
  f.endsAt,
  f.required,
  f.opensEarlyMinutes,
  f.lateAfterMinutes,
  f.signOut,
  f.sittingId,
  f.createdBy,
];

@Injectable()
export class TrainingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(fields: SessionFields, assignees: AssigneeRow[], manager: EntityManager): Promise<string> {
    const row = await queryOne<{ id: string }>(
      manager,
      `INSERT INTO training_session (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      valuesOf(fields),
    );
    await this.replaceAssignees(row!.id, assignees, manager);
    return row!.id;
  }

  async update(id: string, fields: SessionFields, manager: EntityManager): Promise<void> {
    await execute(manager, `UPDATE training_session SET ${COLUMNS.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [
      id,
      ...valuesOf(fields),
    ]);
  }

  async replaceAssignees(sessionId: string, assignees: AssigneeRow[], manager: EntityManager): Promise<void> {
    await execute(manager, 'DELETE FROM training_assignee WHERE session_id = $1', [sessionId]);
    for (const a of assignees) {
      await execute(manager, 'INSERT INTO training_assignee (session_id, unit_id, role, user_id) VALUES ($1, $2, $3, $4)', [
        sessionId,
        a.unitId,
        a.role,
        a.userId,
      ]);
    }
  }

  async remove(id: string, manager: EntityManager): Promise<void> {
    await execute(manager, 'DELETE FROM training_session WHERE id = $1', [id]);
  }

  async findById(id: string): Promise<SessionRow | null> {
    return (await queryOne<SessionRow>(this.dataSource, `${SESSION_SELECT} WHERE s.id = $1`, [id])) ?? null;
  }

  assignees(sessionId: string): Promise<AssigneeRow[]> {
    return queryRows<AssigneeRow>(
      this.dataSource,
      'SELECT unit_id AS "unitId", role, user_id AS "userId" FROM training_assignee WHERE session_id = $1 ORDER BY unit_id, role, user_id',
      [sessionId],
    );
  }

  /** Whether anyone in the subtree at `path` is asked to attend. */
  async isAssignedWithin(sessionId: string, path: string): Promise<boolean> {
    const row = await queryOne<unknown>(
      this.dataSource,
      `SELECT 1 FROM training_session s JOIN org_unit u ON u.id = s.owner_unit_id
        WHERE s.id = $1 AND EXISTS (SELECT 1 FROM app_user pu JOIN org_unit pou ON pou.id = pu.unit_id
                                     WHERE NOT pu.disabled AND starts_with(pou.path, $2::text) AND ${ASSIGNED})`,
      [sessionId, path],
    );
    return row !== undefined;
  }

  /** Sessions in [from, to) that concern the unit at `path`: owned inside it, or attended by someone of it. */
  forUnit(path: string, from: Date, to: Date): Promise<SessionRow[]> {
    return queryRows<SessionRow>(
      this.dataSource,
      `${SESSION_SELECT}
        WHERE s.starts_at >= $2 AND s.starts_at < $3
          AND (starts_with(u.path, $1::text)
               OR EXISTS (SELECT 1 FROM app_user pu JOIN org_unit pou ON pou.id = pu.unit_id
                           WHERE NOT pu.disabled AND starts_with(pou.path, $1::text) AND ${ASSIGNED}))
        ORDER BY s.starts_at, s.title`,
      [path, from, to],
    );
  }

  /** The sessions a person is asked to attend, newest first (limited to a year back). */
  assignedTo(userId: string): Promise<SessionRow[]> {
    return queryRows<SessionRow>(
      this.dataSource,
      `${SESSION_SELECT}, app_user pu JOIN org_unit pou ON pou.id = pu.unit_id
        WHERE pu.id = $1 AND s.starts_at > now() - interval '366 days' AND ${ASSIGNED}
        ORDER BY s.starts_at DESC`,
      [userId],
    );
  }

  async isAssigned(sessionId: string, userId: string): Promise<boolean> {
    const row = await queryOne<unknown>(
      this.dataSource,
      `SELECT 1 FROM training_session s JOIN org_unit u ON u.id = s.owner_unit_id, app_user pu JOIN org_unit pou ON pou.id = pu.unit_id
        WHERE s.id = $1 AND pu.id = $2 AND NOT pu.disabled AND ${ASSIGNED}`,
      [sessionId, userId],
    );
    return row !== undefined;
  }

  /** Everyone asked to attend (within `peoplePath` when given), with their check-in and leave. */
  roster(sessionId: string, peoplePath: string | null, userId?: string): Promise<RosterRow[]> {
    return queryRows<RosterRow>(
      this.dataSource,
      `SELECT pu.id AS "userId", pu.username, pu.display_name AS "displayName", pou.id AS "unitId", pou.name AS "unitName",
              c.checked_in_at AS "checkedInAt", c.device_hash AS "deviceHash", c.status_override AS "statusOverride",
              c.override_reason AS "overrideReason", l.status AS "leaveStatus", l.reason AS "leaveReason",
              (c.device_hash IS NOT NULL AND EXISTS (SELECT 1 FROM training_check_in o
                 WHERE o.session_id = s.id AND o.device_hash = c.device_hash AND o.user_id <> pu.id)) AS "sharedDevice"
         FROM training_session s JOIN org_unit u ON u.id = s.owner_unit_id, app_user pu JOIN org_unit pou ON pou.id = pu.unit_id
         LEFT JOIN training_check_in c ON c.session_id = $1 AND c.user_id = pu.id
         LEFT JOIN leave_request l ON l.session_id = $1 AND l.user_id = pu.id
        WHERE s.id = $1 AND NOT pu.disabled AND ${ASSIGNED}
          AND ($2::text IS NULL OR starts_with(pou.path, $2::text)) AND ($3::uuid IS NULL OR pu.id = $3::uuid)
        ORDER BY pou.path, pu.username`,
      [sessionId, peoplePath, userId ?? null],
    );
  }

  /**
   * Records a check-in once: the unique (session, user) makes concurrent scans one row. A row left
   * by a trainer's correction without a check-in takes the time. Answers the row and whether this
   * call wrote the check-in.
   */
  async checkIn(sessionId: string, userId: string, deviceHash: string | null): Promise<{ row: CheckInRow; created: boolean }> {
    const written = await queryOne<CheckInRow>(
      this.dataSource,
      `INSERT INTO training_check_in (session_id, user_id, checked_in_at, device_hash) VALUES ($1, $2, now(), $3)
       ON CONFLICT (session_id, user_id) DO UPDATE SET checked_in_at = EXCLUDED.checked_in_at, device_hash = EXCLUDED.device_hash, updated_at = now()
        WHERE training_check_in.checked_in_at IS NULL
       RETURNING ${CHECK_IN_COLUMNS}`,
      [sessionId, userId, deviceHash],
    );
    if (written) return { row: written, created: true };
    const row = await queryOne<CheckInRow>(
      this.dataSource,
      `SELECT ${CHECK_IN_COLUMNS} FROM training_check_in WHERE session_id = $1 AND user_id = $2`,
      [sessionId, userId],
    );
    return { row: row!, created: false };
  }

  async deviceUsedByOthers(sessionId: string, deviceHash: string, userId: string): Promise<boolean> {
    const row = await queryOne<unknown>(
      this.dataSource,
      'SELECT 1 FROM training_check_in WHERE session_id = $1 AND device_hash = $2 AND user_id <> $3 LIMIT 1',
      [sessionId, deviceHash, userId],
    );
    return row !== undefined;
  }

  /** A trainer's correction; answers the status before it (for the audit). */
  async correct(
    sessionId: string,
    userId: string,
    status: CorrectedStatus,
    reason: string,
    by: string,
    manager: EntityManager,
  ): Promise<void> {
    await execute(
      manager,
      `INSERT INTO training_check_in (session_id, user_id, status_override, override_reason, overridden_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (session_id, user_id) DO UPDATE SET status_override = EXCLUDED.status_override, override_reason = EXCLUDED.override_reason,
         overridden_by = EXCLUDED.overridden_by, updated_at = now()`,
      [sessionId, userId, status, reason, by],
    );
  }

  async findLeave(sessionId: string, userId: string, manager: Queryable = this.dataSource): Promise<LeaveRow | null> {
    return (
      (await queryOne<LeaveRow>(
        manager,
        `SELECT l.id, l.session_id AS "sessionId", l.user_id AS "userId", l.reason, l.status, l.decided_by AS "decidedBy",
                l.decided_at AS "decidedAt", ou.path AS "unitPath"
           FROM leave_request l JOIN app_user pu ON pu.id = l.user_id JOIN org_unit ou ON ou.id = pu.unit_id
          WHERE l.session_id = $1 AND l.user_id = $2`,
        [sessionId, userId],
      )) ?? null
    );
  }

  /** Asks (or re-words a pending request); a decided one is left as it is and answers false. */
  async requestLeave(sessionId: string, userId: string, reason: string): Promise<boolean> {
    const changed = await execute(
      this.dataSource,
      `INSERT INTO leave_request (session_id, user_id, reason) VALUES ($1, $2, $3)
       ON CONFLICT (session_id, user_id) DO UPDATE SET reason = EXCLUDED.reason WHERE leave_request.status = 'pending'`,
      [sessionId, userId, reason],
    );
    return changed > 0;
  }

  async decideLeave(sessionId: string, userId: string, status: LeaveStatus, by: string, manager: EntityManager): Promise<void> {
    await execute(
      manager,
      'UPDATE leave_request SET status = $3, decided_by = $4, decided_at = now() WHERE session_id = $1 AND user_id = $2',
      [sessionId, userId, status, by],
    );
  }
}

type Queryable = EntityManager | DataSource;
const CHECK_IN_COLUMNS = `id, session_id AS "sessionId", user_id AS "userId", checked_in_at AS "checkedInAt", device_hash AS "deviceHash",
  status_override AS "statusOverride"`;
