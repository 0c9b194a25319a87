import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isKpiCode, type KpiCode } from '../domain/kpi-definitions';
import { execute, queryRows } from '../../../platform/database/query';
import type { TargetOverride } from '../domain/kpi-targets';
import type { RiseUnit } from '../domain/status-rule';

@Injectable()
export class KpiTargetRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The targets the department set in place of the plan's defaults; a null target means "none". */
  async overrides(manager: EntityManager = this.dataSource.manager): Promise<Map<KpiCode, TargetOverride>> {
    const rows = await queryRows<{ kpi: string; target: string | null; unit: RiseUnit | null }>(
      manager,
      'SELECT kpi, target, unit FROM kpi_target',
    );
    return new Map(
      rows
        .filter((r) => isKpiCode(r.kpi))
        .map((r) => [r.kpi as KpiCode, { target: r.target === null ? null : Number(r.target), unit: r.unit }]),
    );
  }

  /** Holds off every other change of the targets until the transaction ends (readers go on). */
  async lockForChange(manager: EntityManager): Promise<void> {
    await execute(manager, 'LOCK TABLE kpi_target IN SHARE ROW EXCLUSIVE MODE');
  }

  async save(
    targets: ReadonlyArray<{ kpi: KpiCode; target: number | null; unit: RiseUnit | null }>,
    updatedBy: string,
    manager: EntityManager,
  ): Promise<void> {
    await execute(
      manager,
      `INSERT INTO kpi_target (kpi, target, unit, updated_by, updated_at)
       SELECT t.kpi, t.target, t.unit, $4, now() FROM unnest($1::text[], $2::numeric[], $3::text[]) AS t(kpi, target, unit)
       ON CONFLICT (kpi) DO UPDATE SET target = EXCLUDED.target, unit = EXCLUDED.unit, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [targets.map((t) => t.kpi), targets.map((t) => t.target), targets.map((t) => t.unit), updatedBy],
    );
  }
}
