import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Role } from '../domain/role';
import { UserEntity } from './user.entity';
import { queryRows } from '../../../platform/database/query';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  unitId: string;
  unitName: string;
  unitPath: string;
  disabled: boolean;
}

export interface UserPageQuery {
  /** Only users whose unit path starts with this; every user when null. */
  scopePath: string | null;
  /** Narrow to one unit's subtree, itself inside the scope. */
  unitPath: string | null;
  q: string | null;
  page: number;
  pageSize: number;
}

const USER_COLUMNS = `a.id, a.username, a.display_name AS "displayName", a.roles, a.unit_id AS "unitId",
  u.name AS "unitName", u.path AS "unitPath", a.disabled`;

@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.dataSource.manager.findOne(UserEntity, { where: { username } });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, { where: { id } });
  }

  async findRowById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserRow | null> {
    const rows: UserRow[] = await queryRows(
      manager,
      `SELECT ${USER_COLUMNS} FROM app_user a JOIN org_unit u ON u.id = a.unit_id WHERE a.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async pageInScope(query: UserPageQuery): Promise<{ items: UserRow[]; total: number }> {
    const where = `($1::text IS NULL OR starts_with(u.path, $1::text))
      AND ($2::text IS NULL OR starts_with(u.path, $2::text))
      AND ($3::text IS NULL OR a.username ILIKE $3 OR a.display_name ILIKE $3)`;
    const like = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const params = [query.scopePath, query.unitPath, like];
    const [items, [count]] = await Promise.all([
      queryRows<UserRow>(
        this.dataSource,
        `SELECT ${USER_COLUMNS} FROM app_user a JOIN org_unit u ON u.id = a.unit_id WHERE ${where}
          ORDER BY u.path, a.username LIMIT $4 OFFSET $5`,
        [...params, query.pageSize, (query.page - 1) * query.pageSize],
      ),
      queryRows<{ total: string }>(
        this.dataSource,
        `SELECT count(*) AS total FROM app_user a JOIN org_unit u ON u.id = a.unit_id WHERE ${where}`,
        params,
      ),
    ]);
    return { items, total: Number(count.total) };
  }

  async existingUsernames(usernames: string[]): Promise<Set<string>> {
    if (usernames.length === 0) return new Set();
    const rows = await this.dataSource.manager.find(UserEntity, { where: { username: In(usernames) }, select: { username: true } });
    return new Set(rows.map((r) => r.username));
  }

  /** Whether a seeded demo account can still log in (the client then says so on every page). */
  async demoAccountsLive(): Promise<boolean> {
    const [row]: Array<{ live: boolean }> = await queryRows(
      this.dataSource,
      'SELECT EXISTS (SELECT 1 FROM app_user WHERE demo AND NOT disabled) AS live',
    );
    return row.live;
  }

  async countAdmins(manager: EntityManager): Promise<number> {
    const [row]: Array<{ n: string }> = await queryRows(
      manager,
      `SELECT count(*) AS n FROM app_user WHERE 'admin' = ANY(roles) AND NOT disabled`,
    );
    return Number(row.n);
  }
}
