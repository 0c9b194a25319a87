import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../../platform/audit/audit-log';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { ReportsErrors } from '../domain/reports-errors';
import {
  departmentPathOf,
  itemName,
  itemNameEn,
  mayEditWeights,
  PLAN_WEIGHTS,
  SCORE_ITEMS,
  weightsProblem,
  weightsWith,
  type ScoreItem,
  type Weights,
} from '../domain/scorecard-weights';
import { AssessmentWeightRepository } from '../persistence/assessment-weight.repository';

export interface WeightsView {
  departmentId: string;
  departmentName: string;
  /** The department saved its own weights; false while the plan's apply. */
  custom: boolean;
  updatedAt: Date | null;
  mayEdit: boolean;
  items: Array<{ item: ScoreItem; name: string; nameEn: string; weight: number; planWeight: number }>;
}

/** The department's 考核 weights: read by whoever may read one of its units, kept by its head or an admin (audited). */
@Injectable()
export class AssessmentWeightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly weights: AssessmentWeightRepository,
    private readonly scope: ScopeService,
    private readonly audit: AuditLog,
  ) {}

  /** The weights that apply to a unit: its department's. 404 for a unit outside the caller's scope. */
  async forUnit(principal: Principal, unitId: string): Promise<WeightsView> {
    const unitPath = await this.scope.requireUnitInScope(principal, unitId);
    return this.view(principal, departmentPathOf(unitPath));
  }

  /** The weights a unit's month is scored with (no access check: the caller has checked the unit). */
  async ofUnitPath(unitPath: string): Promise<Weights> {
    return weightsWith(await this.weights.weightsOf(departmentIdOf(departmentPathOf(unitPath))));
  }

  /** Replaces the weights of the caller's own department (the one their account belongs to). */
  async replace(principal: Principal, input: ReadonlyArray<{ item: string; weight: number }>): Promise<WeightsView> {
    const ownPath = await this.scope.unitPathOf(principal);
    const departmentPath = departmentPathOf(ownPath);
    if (!mayEditWeights(principal.roles, ownPath, departmentPath)) throw ReportsErrors['reports.weights.forbidden']();
    const problem = weightsProblem(input);
    if (problem) throw ReportsErrors['reports.weights.invalid']({ problem });
    const departmentId = departmentIdOf(departmentPath);
    await this.dataSource.transaction(async (manager) => {
      await this.weights.lockDepartment(departmentId, manager);
      const before = weightsWith(await this.weights.weightsOf(departmentId, manager));
      await this.weights.replace(departmentId, input, principal.userId, manager);
      await this.audit.record(
        {
          actorId: principal.userId,
          action: 'reports.weights.replace',
          targetType: 'assessment_weight',
          targetId: departmentId,
          details: { before, after: Object.fromEntries(input.map((w) => [w.item, w.weight])) },
        },
        manager,
      );
    });
    return this.view(principal, departmentPath);
  }

  private async view(principal: Principal, departmentPath: string): Promise<WeightsView> {
    const departmentId = departmentIdOf(departmentPath);
    const [stored, name, change, ownPath] = await Promise.all([
      this.weights.weightsOf(departmentId),
      this.weights.unitName(departmentId),
      this.weights.lastChange(departmentId),
      this.scope.unitPathOf(principal),
    ]);
    const weights = weightsWith(stored);
    return {
      departmentId,
      departmentName: name ?? '',
      custom: stored.size > 0,
      updatedAt: change?.updatedAt ?? null,
      mayEdit: departmentPathOf(ownPath) === departmentPath && mayEditWeights(principal.roles, ownPath, departmentPath),
      items: SCORE_ITEMS.map((item) => ({
        item,
        name: itemName(item),
        nameEn: itemNameEn(item),
        weight: weights[item],
        planWeight: PLAN_WEIGHTS[item],
      })),
    };
  }
}

function departmentIdOf(departmentPath: string): string {
  return departmentPath.split('/').filter(Boolean)[0];
}
