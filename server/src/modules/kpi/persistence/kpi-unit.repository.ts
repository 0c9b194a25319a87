import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ALL_KPIS, RATIO_KPIS } from '../domain/kpi-definitions';
import type { MonthFigures } from '../domain/kpi-values';
import type { StatusRule } from '../domain/status-rule';
import type { KpiCounts } from '../domain/unit-summary';
import type { PersonRef } from './kpi-report.repository';
import {
  FIGURE_COLUMN_NAMES,
  MISSED_SQL,
  monthFiguresOf,
  statusColumns,
  UNIT_MONTH_CTES,
  unitTotalsSql,
  YEAR_ON_YEAR_KPIS,
} from './unit-month-sql';
import { queryRows } from '../../../platform/database/query';

export interface RankedPerson {
  userId: string;
  username: string;
  displayName: string;
  missed: number;
}

export interface UnitRanking {
  people: RankedPerson[];
  /** Σ numerators and Σ denominators over the people, last year's only where they reported this year too. */
  pooled: MonthFigures;
  /** Per KPI in definition order: people with data, and of those meeting the target. */
  counts: KpiCounts[];
}

export interface PersonMonthFigures extends PersonRef {
  figures: MonthFigures;
}

/**
 * A unit subtree's month, set-based: a handful of index-range scans of the month (and of the same
 * month last year), never a query per person, so 5,000 people cost about what 50 do plus a scan.
 */
@Injectable()
export class KpiUnitRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async unitName(unitId: string): Promise<string | null> {
    const rows = await queryRows<{ name: string }>(this.dataSource, 'SELECT name FROM org_unit WHERE id = $1', [unitId]);
    return rows[0]?.name ?? null;
  }

  /** The KPI data version (see UnitRankingCache); null when the counter is missing. */
  async dataVersion(): Promise<string | null> {
    const rows = await queryRows<{ version: string }>(this.dataSource, "SELECT version FROM data_version WHERE name = 'kpi'");
    return rows[0]?.version ?? null;
  }

  /**
   * Everyone's missed count, the pooled figures and the per-KPI counts in one statement; the
   * statuses are the domain's StatusRules (one per KPI, in definition order) evaluated in SQL, so
   * only a small row per person leaves the database.
   */
  async ranking(unitPath: string, month: string, lastYearMonth: string, rules: readonly StatusRule[]): Promise<UnitRanking> {
    if (rules.length !== ALL_KPIS.length || rules.some((rule, i) => rule.kpi !== ALL_KPIS[i]))
      throw new Error('one status rule per KPI, in definition order');
    const [row] = await queryRows<{ people: Array<[string, string, string, number]>; totals: Record<string, number | null> }>(
      this.dataSource,
      `WITH ${UNIT_MONTH_CTES},
       judged AS (SELECT f.*, ${statusColumns(rules, 7)} FROM figures f)
       SELECT coalesce(json_agg(json_build_array(j.id, j.username, j.display_name, ${MISSED_SQL})), '[]') AS people, ${unitTotalsSql()} AS totals
         FROM judged j`,
      [unitPath, month, lastYearMonth, RATIO_KPIS, YEAR_ON_YEAR_KPIS, null, rules.map((r) => r.target)],
    );
    return {
      people: row.people.map(([userId, username, displayName, missed]) => ({ userId, username, displayName, missed })),
      pooled: monthFiguresOf(row.totals),
      counts: rules.map((_, i) => ({ reported: Number(row.totals[`reported${i}`]), met: Number(row.totals[`met${i}`]) })),
    };
  }

  /** The figures of the given people (everyone under the path when null), one row each. */
  async figures(unitPath: string, month: string, lastYearMonth: string, userIds: string[] | null): Promise<PersonMonthFigures[]> {
    const rows = await queryRows<PersonRef & Record<string, string | null>>(
      this.dataSource,
      `WITH ${UNIT_MONTH_CTES}
       SELECT f.id AS "userId", f.username, f.display_name AS "displayName", f.unit_id AS "unitId", f.unit_name AS "unitName", ${FIGURE_COLUMN_NAMES.map((c) => `f.${c}`).join(', ')}
         FROM figures f`,
      [unitPath, month, lastYearMonth, RATIO_KPIS, YEAR_ON_YEAR_KPIS, userIds],
    );
    return rows.map((r) => ({
      userId: r.userId,
      username: r.username,
      displayName: r.displayName,
      unitId: r.unitId,
      unitName: r.unitName,
      figures: monthFiguresOf(r),
    }));
  }
}
