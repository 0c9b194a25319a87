import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AttemptGradingMethod } from '../domain/attempt-grading-method';
import { GRACE_SECONDS, OverrideLike } from '../domain/attempt-window';
import type { PaperStructure } from '../domain/paper-structure';
import type { ReviewPolicy } from '../domain/review-policy';
import type { MultipleChoiceRule } from '../domain/grading/grade-result';
import { execute, queryRows } from '../../../platform/database/query';

export interface SittingRow {
  id: string;
  paperId: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  durationMinutes: number;
  attemptsAllowed: number;
  gradingMethod: AttemptGradingMethod;
  passPercent: number;
  shuffleQuestions: boolean;
  reviewPolicy: ReviewPolicy;
  switchLimit: number | null;
  makeupOf: string | null;
  ownerUnitId: string;
  ownerUnitPath: string;
  paperTitle: string;
  paperKind: 'fixed' | 'blueprint';
  structure: PaperStructure;
  multipleRule: MultipleChoiceRule;
  partialCredit: boolean;
}

export interface AssigneeInput {
  unitId?: string | null;
  role?: string | null;
  userId?: string | null;
}

export interface Assignee {
  unitId: string | null;
  role: string | null;
  userId: string | null;
}

export interface NewSitting {
  paperId: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  durationMinutes: number;
  attemptsAllowed: number;
  gradingMethod: AttemptGradingMethod;
  passPercent: number;
  shuffleQuestions: boolean;
  reviewPolicy: ReviewPolicy;
  switchLimit: number | null;
  makeupOf: string | null;
  ownerUnitId: string;
  createdBy: string | null;
}

const SITTING_SELECT = `
  SELECT s.id, s.paper_id AS "paperId", s.title, s.opens_at AS "opensAt", s.closes_at AS "closesAt", s.duration_minutes AS "durationMinutes",
         s.attempts_allowed AS "attemptsAllowed", s.grading_method AS "gradingMethod", s.pass_percent::float8 AS "passPercent",
         s.shuffle_questions AS "shuffleQuestions", s.review_policy AS "reviewPolicy",
         s.switch_limit AS "switchLimit", s.makeup_of AS "makeupOf", s.owner_unit_id AS "ownerUnitId", u.path AS "ownerUnitPath",
         p.title AS "paperTitle", p.kind AS "paperKind", p.structure, p.multiple_rule AS "multipleRule", p.partial_credit AS "partialCredit"
    FROM sitting s JOIN paper p ON p.id = s.paper_id JOIN org_unit u ON u.id = s.owner_unit_id`;

/**
 * True once nobody can answer the questions of sitting `sittingId` any more: every window that puts
 * them in front of someone has closed, plus the grace for answers still on their way. Those windows
 * are the sitting's own, every override of it (a person's or a unit's, closing earlier or later) and
 * those of its make-up sittings (补考), which give the same paper to colleagues later. Review that
 * waits for "the window to close" waits for this, so closing one person's window early shows no one
 * a key while others still sit the same questions. A SQL condition, so the result page and the
 * 错题本 decide alike, on the database's clock.
 */
export function closedForEveryoneSql(sittingId: string): string {
  return `now() >= (
    WITH RECURSIVE family AS (
      SELECT f.id, f.closes_at FROM sitting f WHERE f.id = ${sittingId}
      UNION SELECT m.id, m.closes_at FROM sitting m JOIN family ON m.makeup_of = family.id)
    SELECT max(c.closes_at) FROM (
      SELECT closes_at FROM family
      UNION ALL SELECT o.closes_at FROM sitting_override o JOIN family ON family.id = o.sitting_id) c
  ) + make_interval(secs => ${GRACE_SECONDS})`;
}

/** Someone in the subtree at $1 is a candidate of sitting s (the same resolution as ResultsRepository.candidates). */
const ASSIGNED_WITHIN = `EXISTS (
  SELECT 1 FROM sitting_assignee a LEFT JOIN org_unit au ON au.id = a.unit_id
    JOIN app_user pu ON NOT pu.disabled JOIN org_unit pou ON pou.id = pu.unit_id
   WHERE a.sitting_id = s.id AND starts_with(pou.path, $1::text)
     AND (a.user_id = pu.id
          OR (a.unit_id IS NOT NULL AND a.role IS NULL AND starts_with(pou.path, au.path))
          OR (a.role IS NOT NULL AND a.role = ANY(pu.roles) AND starts_with(pou.path, coalesce(au.path, u.path)))))`;

@Injectable()
export class SittingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<SittingRow | null> {
    const rows = await queryRows<SittingRow>(manager, `${SITTING_SELECT} WHERE s.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /**
   * Sittings assigned to a person: directly, through a unit above (or at) theirs, or through a
   * role they hold within the sitting owner's subtree.
   */
  assignedTo(user: { userId: string; unitPath: string; roles: string[] }): Promise<SittingRow[]> {
    return queryRows<SittingRow>(
      this.dataSource,
      `${SITTING_SELECT}
        WHERE EXISTS (
          SELECT 1 FROM sitting_assignee a LEFT JOIN org_unit au ON au.id = a.unit_id
           WHERE a.sitting_id = s.id
             AND (a.user_id = $1
                  OR (a.unit_id IS NOT NULL AND a.role IS NULL AND starts_with($2::text, au.path))
                  OR (a.role IS NOT NULL AND a.role = ANY($3::text[]) AND starts_with($2::text, coalesce(au.path, u.path)))))
        ORDER BY s.opens_at DESC`,
      [user.userId, user.unitPath, user.roles],
    );
  }

  /** The sitting, if it is assigned to this person (see assignedTo); null otherwise. */
  async findAssigned(sittingId: string, user: { userId: string; unitPath: string; roles: string[] }): Promise<SittingRow | null> {
    const rows = await queryRows<SittingRow>(
      this.dataSource,
      `${SITTING_SELECT}
        WHERE s.id = $4 AND EXISTS (
          SELECT 1 FROM sitting_assignee a LEFT JOIN org_unit au ON au.id = a.unit_id
           WHERE a.sitting_id = s.id
             AND (a.user_id = $1
                  OR (a.unit_id IS NOT NULL AND a.role IS NULL AND starts_with($2::text, au.path))
                  OR (a.role IS NOT NULL AND a.role = ANY($3::text[]) AND starts_with($2::text, coalesce(au.path, u.path)))))`,
      [user.userId, user.unitPath, user.roles, sittingId],
    );
    return rows[0] ?? null;
  }

  /**
   * Sittings owned inside the scope and, with `assignedToo`, those assigned to anyone in it (a
   * manager follows their people's exams wherever they were set).
   */
  listVisible(scopePath: string | null, assignedToo: boolean): Promise<SittingRow[]> {
    return queryRows<SittingRow>(
      this.dataSource,
      `${SITTING_SELECT} WHERE $1::text IS NULL OR starts_with(u.path, $1::text) OR ($2 AND ${ASSIGNED_WITHIN}) ORDER BY s.opens_at DESC`,
      [scopePath, assignedToo],
    );
  }

  /** Whether the sitting is assigned to at least one person whose unit is inside the scope. */
  async isAssignedWithin(sittingId: string, scopePath: string): Promise<boolean> {
    const rows = await queryRows<unknown>(
      this.dataSource,
      `SELECT 1 FROM sitting s JOIN org_unit u ON u.id = s.owner_unit_id WHERE s.id = $2 AND ${ASSIGNED_WITHIN}`,
      [scopePath, sittingId],
    );
    return rows.length > 0;
  }

  /** See closedForEveryoneSql. */
  async closedForEveryone(sittingId: string): Promise<boolean> {
    const [row] = await queryRows<{ closed: boolean }>(this.dataSource, `SELECT ${closedForEveryoneSql('$1::uuid')} AS closed`, [
      sittingId,
    ]);
    return row.closed;
  }

  overrides(sittingId: string, manager: EntityManager = this.dataSource.manager): Promise<OverrideLike[]> {
    return queryRows<OverrideLike>(
      manager,
      'SELECT user_id AS "userId", unit_id AS "unitId", opens_at AS "opensAt", closes_at AS "closesAt", extra_minutes AS "extraMinutes" FROM sitting_override WHERE sitting_id = $1',
      [sittingId],
    );
  }

  assignees(sittingId: string): Promise<Assignee[]> {
    return queryRows(this.dataSource, 'SELECT unit_id AS "unitId", role, user_id AS "userId" FROM sitting_assignee WHERE sitting_id = $1', [
      sittingId,
    ]);
  }

  async insert(s: NewSitting, assignees: AssigneeInput[], manager: EntityManager): Promise<string> {
    const [{ id }] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO sitting (paper_id, title, opens_at, closes_at, duration_minutes, attempts_allowed, grading_method, pass_percent,
                            shuffle_questions, review_policy, switch_limit, makeup_of, owner_unit_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        s.paperId,
        s.title,
        s.opensAt,
        s.closesAt,
        s.durationMinutes,
        s.attemptsAllowed,
        s.gradingMethod,
        s.passPercent,
        s.shuffleQuestions,
        JSON.stringify(s.reviewPolicy),
        s.switchLimit,
        s.makeupOf,
        s.ownerUnitId,
        s.createdBy,
      ],
    );
    for (const a of assignees) {
      await execute(manager, 'INSERT INTO sitting_assignee (sitting_id, unit_id, role, user_id) VALUES ($1, $2, $3, $4)', [
        id,
        a.unitId ?? null,
        a.role ?? null,
        a.userId ?? null,
      ]);
    }
    return id;
  }

  /**
   * Ends sitting `sittingId` and its make-ups now, for everyone: every window (the sittings' own and
   * their overrides') that is open or still to come closes at `now() - grace - 1 s`, so the sittings
   * are closed for everyone at once (see closedForEveryoneSql) and no answer is taken any more.
   * Returns the sittings ended and the moment their windows now close.
   */
  async endWithMakeups(sittingId: string, manager: EntityManager): Promise<{ sittingIds: string[]; closesAt: Date }> {
    const rows = await queryRows<{ id: string; closesAt: Date }>(
      manager,
      `WITH RECURSIVE family AS (
         SELECT f.id FROM sitting f WHERE f.id = $1
         UNION SELECT m.id FROM sitting m JOIN family ON m.makeup_of = family.id
       ), cutoff AS (SELECT now() - make_interval(secs => ${GRACE_SECONDS + 1}) AS at),
       overrides AS (
         UPDATE sitting_override o SET closes_at = least(o.closes_at, cutoff.at), opens_at = least(o.opens_at, cutoff.at)
           FROM cutoff WHERE o.sitting_id IN (SELECT id FROM family) AND (o.closes_at > cutoff.at OR o.opens_at > cutoff.at)
       )
       UPDATE sitting s SET closes_at = least(s.closes_at, cutoff.at), opens_at = least(s.opens_at, cutoff.at)
         FROM cutoff WHERE s.id IN (SELECT id FROM family)
       RETURNING s.id, cutoff.at AS "closesAt"`,
      [sittingId],
    );
    return { sittingIds: rows.map((r) => r.id), closesAt: rows[0].closesAt };
  }

  async replaceOverrides(sittingId: string, overrides: OverrideLike[], manager: EntityManager): Promise<void> {
    await execute(manager, 'DELETE FROM sitting_override WHERE sitting_id = $1', [sittingId]);
    for (const o of overrides) {
      await execute(
        manager,
        'INSERT INTO sitting_override (sitting_id, user_id, unit_id, opens_at, closes_at, extra_minutes) VALUES ($1, $2, $3, $4, $5, $6)',
        [sittingId, o.userId, o.unitId, o.opensAt, o.closesAt, o.extraMinutes],
      );
    }
  }
}
