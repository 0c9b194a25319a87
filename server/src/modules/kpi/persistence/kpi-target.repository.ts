import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isKpiCode, type KpiCode } from '../domain/kpi-definitions';
import { execute, queryRows } from '../../../platform/database/query';

@Injectable()
export class KpiTargetRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The targets the department set in place of the plan's defaults; a null target means "none". */
  async overrides(manager: EntityManager = this.dataSource.manager): Promise<Map<KpiCode, number | null>> {
    const rows = await queryRows<{ kpi: string; target: string | null }>(manager, 'SELECT kpi, target FROM kpi_target');
    return new Map(rows.filter((r) => isKpiCode(r.kpi)).map((r) => [r.kpi as KpiCode, r.target === null ? null : Number(r.target)]));
  }

  /** Holds off every other change of the targets until the transaction ends (readers go on). */
  async lockForChange(manager: EntityManager): Promise<void> {
    await execute(manager, 'LOCK TABLE kpi_target IN SHARE ROW EXCLUSIVE MODE');
  }

  async save(targets: ReadonlyArray<{ kpi: KpiCode; target: number | null }>, updatedBy: string, manager: EntityManager): Promise<void> {
    await execute(
      manager,
      `INSERT INTO kpi_target (kpi, target, updated_by, updated_at)
       SELECT t.kpi, t.target, $3, now() FROM unnest($1::text[], $2::numeric[]) AS t(kpi, target)
       ON CONFLICT (kpi) DO UPDATE SET target = EXCLUDED.target, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [targets.map((t) => t.kpi), targets.map((t) => t.target), updatedBy],
    );
  }
}
