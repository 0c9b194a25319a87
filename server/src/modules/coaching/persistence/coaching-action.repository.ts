import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryOne, queryRows } from '../../../platform/database/query';

export interface CoachingActionRow {
  id: string;
  userId: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
  unitPath: string;
  kind: 'practice' | 'training';
  dimension: string | null;
  kpi: string | null;
  note: string;
  dueOn: string;
  status: 'open' | 'closed';
  baselineMonth: string;
  levelBefore: number | null;
  kpiBefore: number | null;
  createdAt: Date;
  closedAt: Date | null;
}

export interface NewCoachingAction {
  userId: string;
  unitId: string;
  kind: 'practice' | 'training';
  dimension: string | null;
  kpi: string | null;
  note: string;
  dueOn: string;
  baselineMonth: string;
  levelBefore: number | null;
  kpiBefore: number | null;
  createdBy: string;
}

const COLUMNS = `c.id, c.user_id AS "userId", a.username, a.display_name AS "displayName", a.unit_id AS "unitId", u.name AS "unitName",
  u.path AS "unitPath", c.kind, c.dimension, c.kpi, c.note, to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn", c.status,
  to_char(c.baseline_month, 'YYYY-MM-DD') AS "baselineMonth", c.level_before::float8 AS "levelBefore", c.kpi_before AS "kpiBefore",
  c.created_at AS "createdAt", c.closed_at AS "closedAt"`;
const FROM = `FROM coaching_action c JOIN app_user a ON a.id = c.user_id JOIN org_unit u ON u.id = a.unit_id`;

@Injectable()
export class CoachingActionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(action: NewCoachingAction): Promise<string> {
    const row = await queryOne<{ id: string }>(
      this.dataSource,
      `INSERT INTO coaching_action (user_id, unit_id, kind, dimension, kpi, note, due_on, baseline_month, level_before, kpi_before, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        action.userId,
        action.unitId,
        action.kind,
        action.dimension,
        action.kpi,
        action.note,
        action.dueOn,
        action.baselineMonth,
        action.levelBefore,
        action.kpiBefore,
        action.createdBy,
      ],
    );
    return row!.id;
  }

  async findById(id: string): Promise<CoachingActionRow | null> {
    return (await queryOne<CoachingActionRow>(this.dataSource, `SELECT ${COLUMNS} ${FROM} WHERE c.id = $1`, [id])) ?? null;
  }

  /** The actions of the people now in a unit subtree, open first, then the newest; at most `limit`. */
  inSubtree(unitPath: string, status: 'open' | 'closed' | null, limit: number): Promise<CoachingActionRow[]> {
    return queryRows<CoachingActionRow>(
      this.dataSource,
      `SELECT ${COLUMNS} ${FROM}
        WHERE starts_with(u.path, $1) AND ($2::text IS NULL OR c.status = $2)
        ORDER BY c.status = 'open' DESC, c.due_on, c.created_at DESC LIMIT $3`,
      [unitPath, status, limit],
    );
  }

  /** A person's open actions, the soonest due first. */
  openFor(userId: string): Promise<CoachingActionRow[]> {
    return queryRows<CoachingActionRow>(
      this.dataSource,
      `SELECT ${COLUMNS} ${FROM} WHERE c.user_id = $1 AND c.status = 'open' ORDER BY c.due_on, c.created_at`,
      [userId],
    );
  }

  /** Open actions per person of a subtree. */
  openCounts(unitPath: string): Promise<Array<{ userId: string; open: number }>> {
    return queryRows(
      this.dataSource,
      `SELECT c.user_id AS "userId", count(*)::int AS open ${FROM} WHERE starts_with(u.path, $1) AND c.status = 'open' GROUP BY c.user_id`,
      [unitPath],
    );
  }

  /** Closes an open action; closing a closed one changes nothing. */
  async close(id: string, by: string): Promise<void> {
    await queryRows(
      this.dataSource,
      `UPDATE coaching_action SET status = 'closed', closed_at = now(), closed_by = $2 WHERE id = $1 AND status = 'open' RETURNING id`,
      [id, by],
    );
  }
}
