import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../../platform/audit/audit-log';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { maySetTargets, targetLevels, type TargetLevel } from '../domain/competency-targets';
import type { CompetencyTargetDto, CompetencyTargetInputDto } from '../http/dto/competency.dto';
import { CompetencyTargetRepository } from '../persistence/competency-target.repository';
import { CompetencyErrors } from '../domain/competency-errors';

@Injectable()
export class CompetencyTargetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: CompetencyTargetRepository,
    private readonly scope: ScopeService,
    private readonly audit: AuditLog,
  ) {}

  /** Every dimension's expected level, for the record's pages and for every signed-in user. */
  async list(): Promise<TargetLevel[]> {
    return targetLevels(await this.targets.overrides());
  }

  async update(principal: Principal, targets: CompetencyTargetInputDto[]): Promise<CompetencyTargetDto[]> {
    if (!maySetTargets(principal.roles, await this.scope.unitPathOf(principal))) {
      throw CompetencyErrors['competency.targets.forbidden']();
    }
    if (new Set(targets.map((t) => t.dimension)).size !== targets.length) throw CompetencyErrors['competency.targets.duplicateDimension']();
    await this.dataSource.transaction(async (manager) => {
      await this.targets.lockForUpdate(manager);
      const before = targetLevels(await this.targets.overrides(manager));
      await this.targets.upsert(targets, principal.userId, manager);
      const changed = (t: { dimension: string }) => targets.some((x) => x.dimension === t.dimension);
      await this.audit.record(
        {
          actorId: principal.userId,
          action: 'competency.targets_update',
          targetType: 'competency_target',
          targetId: 'department',
          details: {
            before: Object.fromEntries(before.filter(changed).map((t) => [t.dimension, t.target])),
            after: Object.fromEntries(targets.map((t) => [t.dimension, t.target])),
          },
        },
        manager,
      );
    });
    return this.list();
  }
}
