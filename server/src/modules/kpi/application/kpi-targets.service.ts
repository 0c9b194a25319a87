import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../../platform/audit/audit-log';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { isKpiCode, KPI_DEFINITIONS, type KpiCode } from '../domain/kpi-definitions';
import { definitionsWithTargets, maySetTargets, targetProblem, targetsOf, type KpiDefinitionWithTarget } from '../domain/kpi-targets';
import type { KpiTargets } from '../domain/kpi-values';
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

  async currentTargets(): Promise<KpiTargets> {
    return targetsOf(await this.definitions());
  }

  /** Sets the department's targets; each change is audited with its value before and after. */
  async update(principal: Principal, inputs: KpiTargetInputDto[]): Promise<KpiDefinitionWithTarget[]> {
    const unitPath = principal.roles.includes('admin') ? null : await this.scope.unitPathOf(principal);
    if (!maySetTargets(principal.roles, unitPath)) throw KpiErrors['kpi.targets.forbidden']();
    const changes = checkedTargets(inputs);
    await this.dataSource.transaction(async (manager) => {
      await this.targets.lockForChange(manager);
      const before = targetsOf(definitionsWithTargets(await this.targets.overrides(manager)));
      await this.targets.save(changes, principal.userId, manager);
      for (const { kpi, target } of changes.filter((c) => c.target !== before[c.kpi])) {
        await this.audit.record({ actorId: principal.userId, action: 'kpi.target.update', targetType: 'kpi_target', targetId: kpi, details: { before: before[kpi], after: target } }, manager);
      }
    });
    return this.definitions();
  }
}

function checkedTargets(inputs: KpiTargetInputDto[]): Array<{ kpi: KpiCode; target: number | null }> {
  const seen = new Set<string>();
  return inputs.map(({ kpi, target }) => {
    if (!isKpiCode(kpi)) throw KpiErrors['kpi.targets.unknownKpi']({ kpi });
    if (seen.has(kpi)) throw KpiErrors['kpi.targets.duplicate']({ name: KPI_DEFINITIONS[kpi].name });
    seen.add(kpi);
    const problem = targetProblem(kpi, target);
    if (problem) throw KpiErrors['kpi.targets.invalid']({ problem, details: { kpi } });
    return { kpi, target };
  });
}
