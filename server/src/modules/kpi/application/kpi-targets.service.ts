import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../../platform/audit/audit-log';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { isKpiCode, KPI_DEFINITIONS, type KpiCode } from '../domain/kpi-definitions';
import { definitionsWithTargets, maySetTargets, settingsOf, targetProblem, type KpiDefinitionWithTarget } from '../domain/kpi-targets';
import type { KpiSettings } from '../domain/kpi-values';
import type { RiseUnit } from '../domain/status-rule';
import type { KpiTargetInputDto } from '../http/dto/kpi.dto';
import { KpiTargetRepository } from '../persistence/kpi-target.repository';
import { KpiErrors } from '../domain/kpi-errors';

@Injectable()
export class KpiTargetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: KpiTargetRepository,
    private readonly scope: ScopeService,
    private readonly audit: AuditLog,
  ) {}

  async definitions(): Promise<KpiDefinitionWithTarget[]> {
    return definitionsWithTargets(await this.targets.overrides());
  }

  async currentSettings(): Promise<KpiSettings> {
    return settingsOf(await this.definitions());
  }

  /** Sets the department's targets; each change is audited with its value before and after. */
  async update(principal: Principal, inputs: KpiTargetInputDto[]): Promise<KpiDefinitionWithTarget[]> {
    const unitPath = principal.roles.includes('admin') ? null : await this.scope.unitPathOf(principal);
    if (!maySetTargets(principal.roles, unitPath)) throw KpiErrors['kpi.targets.forbidden']();
    const changes = checkedTargets(inputs);
    await this.dataSource.transaction(async (manager) => {
      await this.targets.lockForChange(manager);
      const before = new Map(definitionsWithTargets(await this.targets.overrides(manager)).map((d) => [d.code, d]));
      const saved = changes.map((c) => ({ ...c, unit: before.get(c.kpi)!.riseTarget ? (c.unit ?? before.get(c.kpi)!.targetUnit) : null }));
      await this.targets.save(saved, principal.userId, manager);
      for (const { kpi, target, unit } of saved) {
        const was = before.get(kpi)!;
        if (target === was.target && unit === was.targetUnit) continue;
        const details = was.riseTarget
          ? { before: was.target, after: target, unitBefore: was.targetUnit, unitAfter: unit }
          : { before: was.target, after: target };
        await this.audit.record(
          { actorId: principal.userId, action: 'kpi.target.update', targetType: 'kpi_target', targetId: kpi, details },
          manager,
        );
      }
    });
    return this.definitions();
  }
}

function checkedTargets(inputs: KpiTargetInputDto[]): Array<{ kpi: KpiCode; target: number | null; unit: RiseUnit | null }> {
  const seen = new Set<string>();
  return inputs.map(({ kpi, target, unit }) => {
    if (!isKpiCode(kpi)) throw KpiErrors['kpi.targets.unknownKpi']({ kpi });
    if (seen.has(kpi)) throw KpiErrors['kpi.targets.duplicate']({ name: KPI_DEFINITIONS[kpi].name });
    seen.add(kpi);
    const problem = targetProblem(kpi, target, unit ?? null);
    if (problem) throw KpiErrors['kpi.targets.invalid']({ problem, details: { kpi } });
    return { kpi, target, unit: unit ?? null };
  });
}
