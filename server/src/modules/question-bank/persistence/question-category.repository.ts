import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { MaterialPurpose } from '../domain/material-purpose';
import { execute, queryRows } from '../../../platform/database/query';

export interface CategoryRow {
  id: string;
  parentId: string | null;
  name: string;
  path: string;
  /** Its own marking; null follows the nearest marked ancestor, else the bank. */
  purpose: MaterialPurpose | null;
  questionCount: number;
}

export function splitCategoryPath(path: string): string[] {
  return path.split('/').map((part) => part.trim()).filter(Boolean);
}

@Injectable()
export class QuestionCategoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(bankId: string): Promise<CategoryRow[]> {
    return queryRows<CategoryRow>(
      this.dataSource,
      `SELECT c.id, c.parent_id AS "parentId", c.name, c.path, c.purpose, (SELECT count(*) FROM question q WHERE q.category_id = c.id)::int AS "questionCount"
         FROM question_category c WHERE c.bank_id = $1 ORDER BY c.path`,
      [bankId],
    );
  }

  async findPath(bankId: string, id: string): Promise<string | null> {
    const rows = await queryRows<{ path: string }>(this.dataSource, 'SELECT path FROM question_category WHERE bank_id = $1 AND id = $2', [bankId, id]);
    return rows[0]?.path ?? null;
  }

  /** Whether the category exists in that bank and was changed. */
  async setPurpose(bankId: string, id: string, purpose: MaterialPurpose | null, manager: EntityManager): Promise<boolean> {
    const affected = await execute(manager, 'UPDATE question_category SET purpose = $3 WHERE bank_id = $1 AND id = $2', [bankId, id, purpose]);
    return affected > 0;
  }

  /** The id of the category at this path, creating it and any missing ancestors. */
  async ensurePath(bankId: string, path: string, manager: EntityManager, cache = new Map<string, string>()): Promise<string | null> {
    const parts = splitCategoryPath(path);
    let parentId: string | null = null;
    let current = '';
    for (const name of parts) {
      current = current ? `${current}/${name}` : name;
      const cached = cache.get(current);
      if (cached) {
        parentId = cached;
        continue;
      }
      const rows: Array<{ id: string }> = await queryRows(
        manager,
        `INSERT INTO question_category (bank_id, parent_id, name, path) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT uq_question_category_path DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [bankId, parentId, name.slice(0, 100), current],
      );
      const id = rows[0].id;
      cache.set(current, id);
      parentId = id;
    }
    return parentId;
  }
}
