import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { EvidenceMinimum } from '../domain/competency-level';
import type { DimensionTally, MonthTally } from '../domain/competency-record';
import type { ChangedMonth, PersonWindow } from '../domain/evidence-window';
import type { EvidenceSource, GroupCounting } from '../domain/graded-attempt';
import { execute, queryRows } from '../../../platform/database/query';

export interface PersonRow {
  userId: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
  unitPath: string;
}

export interface EvidenceRow {
  sourceKind: string;
  sourceId: string;
  sourceGroup: string | null;
  makeup: boolean;
  countedShare: number;
  sourceTitle: string;
  occurredAt: Date;
  dimension: string;
  points: number;
  maxPoints: number;
  items: number;
}

export interface KindTotal {
  kind: string;
  sources: number;
  items: number;
  points: number;
  maxPoints: number;
  makeups: number;
}

export interface UnitWindowQuery {
  unitId: string;
  unitPath: string;
  month: string;
  targets: Array<{ dimension: string; target: number }>;
  /** null: every person (the export). */
  limit: number | null;
  offset: number;
  minimum: EvidenceMinimum;
}

export interface UnitDimensionRow extends DimensionTally {
  assessed: number;
  below: number;
}

export interface UnitPersonRow extends Omit<PersonRow, 'unitPath'> {
  gaps: number;
  tallies: DimensionTally[];
}

export interface UnitWindow {
  unitName: string;
  people: number;
  dimensions: UnitDimensionRow[];
  page: UnitPersonRow[];
}

@Injectable()
export class CompetencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Replaces the evidence of each source with what it now says, set-based, unless evidence from a
   * later recording of that source is already there (two gradings of one attempt can reach the
   * outbox in the opposite order). Evidence of people who no longer exist is dropped. Returns the
   * people and months whose evidence changed.
   */
  async replaceEvidence(sources: EvidenceSource[], manager: EntityManager): Promise<ChangedMonth[]> {
    if (sources.length === 0) return [];
    // TypeORM answers a DELETE with [rows, count]
    const removed = await queryRows<ChangedMonth>(
      manager,
      `DELETE FROM competency_evidence e
        USING unnest($1::text[], $2::text[], $3::timestamptz[]) AS s(source_kind, source_id, recorded_at)
        WHERE e.source_kind = s.source_kind AND e.source_id = s.source_id AND e.recorded_at <= s.recorded_at
       RETURNING e.user_id AS "userId", to_char(e.month, 'YYYY-MM-DD') AS month`,
      [sources.map((s) => s.kind), sources.map((s) => s.sourceId), sources.map((s) => s.recordedAt)],
    );
    const rows = sources.flatMap((source) => source.dimensions.map((d) => ({ source, d })));
    if (rows.length === 0) return removed;
    const added = await queryRows<ChangedMonth>(
      manager,
      `INSERT INTO competency_evidence (user_id, source_kind, source_id, source_title, dimension, occurred_at, month, recorded_at, points, max_points, items,
                                        source_group, makeup, counted_share, unit_id)
       SELECT r.user_id, r.source_kind, r.source_id, r.title, r.dimension, r.occurred_at, r.month, r.recorded_at, r.points, r.max_points, r.items,
              r.source_group, r.makeup, r.counted_share, a.unit_id
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::date[], $7::timestamptz[], $8::numeric[], $9::numeric[], $10::int[],
                     $11::text[], $12::text[], $13::boolean[], $14::numeric[])
              AS r(user_id, source_id, title, dimension, occurred_at, month, recorded_at, points, max_points, items, source_kind, source_group, makeup, counted_share)
         JOIN app_user a ON a.id = r.user_id
        WHERE NOT EXISTS (SELECT 1 FROM competency_evidence x WHERE x.source_kind = r.source_kind AND x.source_id = r.source_id)
       RETURNING user_id AS "userId", to_char(month, 'YYYY-MM-DD') AS month`,
      [
        rows.map((r) => r.source.userId),
        rows.map((r) => r.source.sourceId),
        rows.map((r) => r.source.title),
        rows.map((r) => r.d.dimension),
        rows.map((r) => r.source.occurredAt),
        rows.map((r) => r.source.month),
        rows.map((r) => r.source.recordedAt),
        rows.map((r) => r.d.points),
        rows.map((r) => r.d.maxPoints),
        rows.map((r) => r.d.items),
        rows.map((r) => r.source.kind),
        rows.map((r) => r.source.group),
        rows.map((r) => r.source.makeup),
        rows.map((r) => r.source.countedShare),
      ],
    );
    return [...removed, ...added];
  }

  /**
   * Sets the share each exam attempt of a person's sitting counts, as the latest grading in the
   * batch said (an attempt it does not name counts nothing). Returns the months that changed.
   */
  async applyCounting(groups: GroupCounting[], manager: EntityManager): Promise<ChangedMonth[]> {
    const rows = groups.flatMap((g) => [{ g, sourceId: '', share: 0 }, ...g.shares.map((s) => ({ g, ...s }))]);
    if (rows.length === 0) return [];
    return queryRows<ChangedMonth>(
      manager,
      `WITH given AS (SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::numeric[]) AS t(source_group, user_id, source_id, share))
       UPDATE competency_evidence e
          SET counted_share = coalesce((SELECT g.share FROM given g WHERE g.source_group = e.source_group AND g.user_id = e.user_id AND g.source_id = e.source_id), 0)
        WHERE e.source_kind = 'exam'
          AND (e.source_group, e.user_id) IN (SELECT source_group, user_id FROM given)
          AND e.counted_share <> coalesce((SELECT g.share FROM given g WHERE g.source_group = e.source_group AND g.user_id = e.user_id AND g.source_id = e.source_id), 0)
       RETURNING e.user_id AS "userId", to_char(e.month, 'YYYY-MM-DD') AS month`,
      [rows.map((r) => r.g.group), rows.map((r) => r.g.userId), rows.map((r) => r.sourceId), rows.map((r) => r.share)],
    );
  }

  /** Sums each given window again from the evidence; a window left without evidence disappears. */
  async refreshWindows(windows: PersonWindow[], manager: EntityManager): Promise<void> {
    if (windows.length === 0) return;
    const params = [windows.map((w) => w.userId), windows.map((w) => w.month), windows.map((w) => w.first)];
    await execute(
      manager,
      `DELETE FROM competency_window w USING unnest($1::uuid[], $2::date[], $3::date[]) AS t(user_id, month, first)
        WHERE w.user_id = t.user_id AND w.month = t.month`,
      params,
    );
    await execute(
      manager,
      `INSERT INTO competency_window (month, user_id, dimension, points, max_points, items)
       SELECT t.month, t.user_id, e.dimension, sum(e.points * e.counted_share), sum(e.max_points * e.counted_share), round(sum(e.items * e.counted_share))
         FROM unnest($1::uuid[], $2::date[], $3::date[]) AS t(user_id, month, first)
         JOIN competency_evidence e ON e.user_id = t.user_id AND e.month BETWEEN t.first AND t.month
        GROUP BY t.month, t.user_id, e.dimension`,
      params,
    );
  }

  async findPerson(userId: string): Promise<PersonRow | null> {
    const rows = await queryRows<PersonRow>(
      this.dataSource,
      `SELECT a.id AS "userId", a.username, a.display_name AS "displayName", a.unit_id AS "unitId", u.name AS "unitName", u.path AS "unitPath"
         FROM app_user a JOIN org_unit u ON u.id = a.unit_id WHERE a.id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  /** One person's evidence summed per month and dimension, from `first` to `last` inclusive. */
  personMonths(userId: string, first: string, last: string): Promise<MonthTally[]> {
    return queryRows<MonthTally>(
      this.dataSource,
      `SELECT to_char(month, 'YYYY-MM-DD') AS month, dimension,
              sum(points * counted_share)::float8 AS points, sum(max_points * counted_share)::float8 AS "maxPoints",
              round(sum(items * counted_share))::int AS items
         FROM competency_evidence WHERE user_id = $1 AND month BETWEEN $2 AND $3
        GROUP BY month, dimension`,
      [userId, first, last],
    );
  }

  /** A person's newest evidence up to the end of `last`. */
  recentEvidence(userId: string, last: string, limit: number): Promise<EvidenceRow[]> {
    return queryRows<EvidenceRow>(
      this.dataSource,
      `SELECT source_kind AS "sourceKind", source_id AS "sourceId", source_group AS "sourceGroup", source_title AS "sourceTitle",
              occurred_at AS "occurredAt", dimension, points::float8 AS points, max_points::float8 AS "maxPoints", items,
              makeup, counted_share::float8 AS "countedShare"
         FROM competency_evidence WHERE user_id = $1 AND month <= $2
        ORDER BY occurred_at DESC, id DESC LIMIT $3`,
      [userId, last, limit],
    );
  }

  /** Whether any evidence other than an exam's exists from `first` to `last`: until then the record is an exam score rate. */
  async kindsBesidesExams(first: string, last: string): Promise<boolean> {
    const rows = await queryRows<{ found: boolean }>(
      this.dataSource,
      `SELECT EXISTS (SELECT 1 FROM competency_evidence WHERE source_kind <> 'exam' AND month BETWEEN $1 AND $2) AS found`,
      [first, last],
    );
    return rows[0].found;
  }

  /** What a person's counted evidence from `first` to `last` comes from, per kind: sources, items, points. */
  kindTotals(userId: string, first: string, last: string): Promise<KindTotal[]> {
    return queryRows<KindTotal>(
      this.dataSource,
      `SELECT source_kind AS kind, count(DISTINCT source_id) FILTER (WHERE counted_share > 0)::int AS sources,
              round(sum(items * counted_share))::int AS items,
              sum(points * counted_share)::float8 AS points, sum(max_points * counted_share)::float8 AS "maxPoints",
              count(DISTINCT source_id) FILTER (WHERE makeup AND counted_share > 0)::int AS makeups
         FROM competency_evidence WHERE user_id = $1 AND month BETWEEN $2 AND $3
        GROUP BY source_kind ORDER BY source_kind`,
      [userId, first, last],
    );
  }

  /**
   * A unit subtree's window ending at `month`, in one statement over competency_window (one row per
   * person and dimension): the active staff, the pooled points and below-target counts per
   * dimension, and one page of people with the most dimensions below target first. Below means
   * points < target × max points, the same exact test levelOf makes; the levels themselves are
   * computed from the tallies by the caller.
   */
  async unitWindow(query: UnitWindowQuery): Promise<UnitWindow> {
    const [row] = await queryRows<UnitWindow>(
      this.dataSource,
      `WITH staff AS MATERIALIZED (
         SELECT a.id, a.username, a.display_name, a.unit_id, u.name AS unit_name
           FROM app_user a JOIN org_unit u ON u.id = a.unit_id
          WHERE starts_with(u.path, $1) AND 'staff' = ANY (a.roles) AND NOT a.disabled
       ), judged AS MATERIALIZED (
         SELECT w.user_id, w.dimension, w.points, w.max_points, w.items,
                w.items >= $8::int AND w.max_points >= $9::numeric AS sufficient,
                w.items >= $8::int AND w.max_points >= $9::numeric AND w.points < g.target * w.max_points AS below
           FROM competency_window w
           JOIN staff s ON s.id = w.user_id
           JOIN unnest($3::text[], $4::numeric[]) AS g(dimension, target) ON g.dimension = w.dimension
          WHERE w.month = $2 AND w.max_points > 0
       ), per_dimension AS (
         SELECT dimension, coalesce(sum(points) FILTER (WHERE sufficient), 0) AS points, coalesce(sum(max_points) FILTER (WHERE sufficient), 0) AS "maxPoints",
                coalesce(sum(items) FILTER (WHERE sufficient), 0)::int AS items,
                count(*) FILTER (WHERE sufficient)::int AS assessed, count(*) FILTER (WHERE below)::int AS below
           FROM judged GROUP BY dimension
       ), ranked AS (
         -- a dimension without enough evidence weighs like a gap: skipping the quizzes never ranks anyone above someone at 70 %
         SELECT s.id, s.username, s.display_name, s.unit_id, s.unit_name, coalesce(p.gaps, 0)::int AS gaps,
                (coalesce(p.gaps, 0) + cardinality($3::text[]) - coalesce(p.sufficient, 0))::int AS concern
           FROM staff s
           LEFT JOIN (SELECT user_id, count(*) FILTER (WHERE below) AS gaps, count(*) FILTER (WHERE sufficient) AS sufficient FROM judged GROUP BY user_id) p
             ON p.user_id = s.id
          ORDER BY concern DESC, gaps DESC, s.display_name, s.id
          LIMIT $5::int OFFSET $6
       )
       SELECT (SELECT name FROM org_unit WHERE id = $7) AS "unitName",
              (SELECT count(*)::int FROM staff) AS people,
              (SELECT coalesce(json_agg(d), '[]') FROM per_dimension d) AS dimensions,
              (SELECT coalesce(json_agg(json_build_object('userId', r.id, 'username', r.username, 'displayName', r.display_name,
                                                          'unitId', r.unit_id, 'unitName', r.unit_name, 'gaps', r.gaps, 'tallies', (
                        SELECT coalesce(json_agg(json_build_object('dimension', w.dimension, 'points', w.points, 'maxPoints', w.max_points, 'items', w.items)), '[]')
                          FROM competency_window w WHERE w.month = $2 AND w.user_id = r.id))
                        ORDER BY r.concern DESC, r.gaps DESC, r.display_name, r.id), '[]')
                 FROM ranked r) AS page`,
      [
        query.unitPath,
        query.month,
        query.targets.map((t) => t.dimension),
        query.targets.map((t) => t.target),
        query.limit,
        query.offset,
        query.unitId,
        query.minimum.items,
        query.minimum.points,
      ],
    );
    return row;
  }
}
