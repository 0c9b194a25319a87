import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { execute, queryOne, queryRows } from '../../../platform/database/query';

@Injectable()
export class AssessmentWeightRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The weights a department set, by item. */
  async weightsOf(departmentId: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, number>> {
    const rows = await queryRows<{ item: string; weight: number }>(
      manager,
      'SELECT item, weight FROM assessment_weight WHERE department_id = $1',
      [departmentId],
    );
    return new Map(rows.map((r) => [r.item, r.weight]));
  }

  /** When and by whom the department's weights were last saved; null while it uses the plan's. */
  async lastChange(departmentId: string): Promise<{ updatedAt: Date; updatedBy: string | null } | null> {
    const row = await queryOne<{ updatedAt: Date; updatedBy: string | null }>(
      this.dataSource,
      `SELECT max(updated_at) AS "updatedAt", (array_agg(updated_by ORDER BY updated_at DESC))[1] AS "updatedBy"
         FROM assessment_weight WHERE department_id = $1 HAVING count(*) > 0`,
      [departmentId],
    );
    return row ?? null;
  }

  async unitName(unitId: string): Promise<string | null> {
    const row = await queryOne<{ name: string }>(this.dataSource, 'SELECT name FROM org_unit WHERE id = $1', [unitId]);
    return row?.name ?? null;
  }

  /** Takes the department's row lock so two saves do not interleave their before and after. */
  async lockDepartment(departmentId: string, manager: EntityManager): Promise<void> {
    await execute(manager, 'SELECT id FROM org_unit WHERE id = $1 FOR UPDATE', [departmentId]);
  }

  /** Replaces the department's weights as a whole. */
  async replace(departmentId: string, weights: ReadonlyArray<{ item: string; weight: number }>, updatedBy: string, manager: EntityManager) {
    await execute(manager, 'DELETE FROM assessment_weight WHERE department_id = $1', [departmentId]);
    await execute(
      manager,
      `INSERT INTO assessment_weight (department_id, item, weight, updated_by, updated_at)
       SELECT $1, w.item, w.weight, $4, now() FROM unnest($2::text[], $3::int[]) AS w(item, weight)`,
      [departmentId, weights.map((w) => w.item), weights.map((w) => w.weight), updatedBy],
    );
  }
}
