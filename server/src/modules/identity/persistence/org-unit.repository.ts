import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OrgUnitEntity } from './org-unit.entity';
import { execute, queryRows } from '../../../platform/database/query';

export interface UnitRow {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
  userCount: number;
}

@Injectable()
export class OrgUnitRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<OrgUnitEntity | null> {
    return manager.findOne(OrgUnitEntity, { where: { id } });
  }

  /** Units whose path starts with scopePath (every unit when null), oldest first, with their direct member counts. */
  async listInScope(scopePath: string | null): Promise<UnitRow[]> {
    const rows: Array<{ id: string; name: string; parent_id: string | null; path: string; user_count: string }> = await queryRows(
      this.dataSource,
      `SELECT u.id, u.name, u.parent_id, u.path, (SELECT count(*) FROM app_user a WHERE a.unit_id = u.id) AS user_count
         FROM org_unit u
        WHERE $1::text IS NULL OR starts_with(u.path, $1::text)
        ORDER BY u.created_at, u.name`,
      [scopePath],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, parentId: r.parent_id, path: r.path, userCount: Number(r.user_count) }));
  }

  async countChildrenAndMembers(id: string, manager: EntityManager): Promise<{ children: number; members: number }> {
    const [row]: Array<{ children: string; members: string }> = await queryRows(
      manager,
      `SELECT (SELECT count(*) FROM org_unit WHERE parent_id = $1) AS children,
              (SELECT count(*) FROM app_user WHERE unit_id = $1) AS members`,
      [id],
    );
    return { children: Number(row.children), members: Number(row.members) };
  }

  async siblingNameTaken(parentId: string | null, name: string, exceptId: string | null, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await queryRows(
      manager,
      `SELECT 1 FROM org_unit WHERE parent_id IS NOT DISTINCT FROM $1 AND name = $2 AND ($3::uuid IS NULL OR id <> $3::uuid) LIMIT 1`,
      [parentId, name, exceptId],
    );
    return rows.length > 0;
  }

  /** Rewrites the path prefix of a unit and all its descendants in one statement. */
  async rebaseSubtree(oldPrefix: string, newPrefix: string, manager: EntityManager): Promise<void> {
    await execute(manager, `UPDATE org_unit SET path = $2 || substr(path, length($1) + 1) WHERE starts_with(path, $1)`, [
      oldPrefix,
      newPrefix,
    ]);
  }

  /** The unit path of a person's unit; null when there is no such person. */
  async pathOfUser(userId: string): Promise<string | null> {
    const rows = await queryRows<{ path: string }>(
      this.dataSource,
      'SELECT u.path FROM app_user a JOIN org_unit u ON u.id = a.unit_id WHERE a.id = $1',
      [userId],
    );
    return rows[0]?.path ?? null;
  }

  async pathOf(id: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    // a plain query: this runs on every exam start and submit, where the query builder's cost shows
    const rows = await queryRows<{ path: string }>(manager, 'SELECT path FROM org_unit WHERE id = $1', [id]);
    return rows[0]?.path ?? null;
  }
}
