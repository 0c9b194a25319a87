import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { execute, queryRows } from '../../../platform/database/query';

@Injectable()
export class CompetencyTargetRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The targets the department has set, by dimension. */
  async overrides(manager: EntityManager = this.dataSource.manager): Promise<Map<string, number>> {
    const rows = await queryRows<{ dimension: string; target: number }>(
      manager,
      'SELECT dimension, target::float8 AS target FROM competency_target',
    );
    return new Map(rows.map((r) => [r.dimension, r.target]));
  }

  /** Holds off other writers until the caller's transaction ends, so its before-and-after is the truth. */
  async lockForUpdate(manager: EntityManager): Promise<void> {
    await execute(manager, 'LOCK TABLE competency_target IN SHARE ROW EXCLUSIVE MODE');
  }

  async upsert(targets: Array<{ dimension: string; target: number }>, userId: string, manager: EntityManager): Promise<void> {
    await execute(
      manager,
      `INSERT INTO competency_target (dimension, target, updated_by)
       SELECT dimension, target, $3 FROM unnest($1::text[], $2::numeric[]) AS t(dimension, target)
       ON CONFLICT (dimension) DO UPDATE SET target = excluded.target, updated_by = excluded.updated_by, updated_at = now()`,
      [targets.map((t) => t.dimension), targets.map((t) => t.target), userId],
    );
  }
}
