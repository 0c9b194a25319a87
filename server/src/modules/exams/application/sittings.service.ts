import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScopeService } from '../../identity/application/scope.service';
import { hasAnyRole, type Principal } from '../../identity/domain/principal';
import { isWithin } from '../../identity/domain/unit-path';
import type { AttemptGradingMethod } from '../domain/attempt-grading-method';
import type { OverrideLike } from '../domain/attempt-window';
import { DEFAULT_REVIEW_POLICY, ReviewPolicy } from '../domain/review-policy';
import { Assignee, AssigneeInput, SittingRepository, SittingRow } from '../persistence/sitting.repository';
import { PapersService } from './papers.service';
import { ExamsErrors } from '../domain/exams-errors';

export interface SittingInput {
  paperId: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  durationMinutes: number;
  attemptsAllowed?: number;
  gradingMethod?: AttemptGradingMethod;
  passPercent?: number;
  shuffleQuestions?: boolean;
  reviewPolicy?: ReviewPolicy;
  switchLimit?: number | null;
  makeupOf?: string | null;
  assignees: AssigneeInput[];
  overrides?: OverrideLike[];
}

export type SittingView = Omit<SittingRow, 'ownerUnitPath' | 'structure'> & {
  assignees: Assignee[];
  overrides: OverrideLike[];
  canManage: boolean;
};

/**
 * What a caller may do with a sitting: manage it (trainers and admins whose scope holds its owner
 * unit), or read it — a manager also reads every sitting assigned to people of their subtree —
 * and see results of the people inside `peoplePath` only (everyone's when null).
 */
export interface SittingAccess {
  sitting: SittingRow;
  canManage: boolean;
  peoplePath: string | null;
}

@Injectable()
export class SittingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sittings: SittingRepository,
    private readonly papers: PapersService,
    private readonly scope: ScopeService,
  ) {}

  async list(principal: Principal): Promise<SittingView[]> {
    const scopePath = await this.scope.scopePathOf(principal);
    const rows = await this.sittings.listVisible(scopePath, hasAnyRole(principal, 'manager'));
    return Promise.all(rows.map((row) => this.view(row, this.mayManage(principal, scopePath, row))));
  }

  async get(principal: Principal, sittingId: string): Promise<SittingView> {
    const { sitting, canManage } = await this.readSitting(principal, sittingId);
    return this.view(sitting, canManage);
  }

  async create(principal: Principal, input: SittingInput): Promise<SittingView> {
    await this.papers.requirePaper(principal, input.paperId);
    if (input.closesAt <= input.opensAt) throw ExamsErrors['exams.sitting.invalidWindow']();
    if (input.assignees.length === 0) throw ExamsErrors['exams.sitting.noAssignees']();
    for (const [i, a] of input.assignees.entries()) {
      if (!a.unitId && !a.role && !a.userId) throw ExamsErrors['exams.sitting.emptyAssignee']();
      if (a.unitId) await this.scope.requireUnitInScope(principal, a.unitId, `assignees[${i}].unitId`);
      if (a.userId) await this.scope.requirePersonInScope(principal, a.userId, `assignees[${i}].userId`);
    }
    await this.requireOverridesInScope(principal, input.overrides ?? []);
    if (input.makeupOf) await this.requireSitting(principal, input.makeupOf);
    const id = await this.dataSource.transaction(async (manager) => {
      const sittingId = await this.sittings.insert(
        {
          paperId: input.paperId,
          title: input.title.trim(),
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          durationMinutes: input.durationMinutes,
          attemptsAllowed: input.attemptsAllowed ?? 1,
          gradingMethod: input.gradingMethod ?? 'highest',
          passPercent: input.passPercent ?? 60,
          shuffleQuestions: input.shuffleQuestions ?? false,
          reviewPolicy: input.reviewPolicy ?? DEFAULT_REVIEW_POLICY,
          switchLimit: input.switchLimit ?? null,
          makeupOf: input.makeupOf ?? null,
          ownerUnitId: principal.unitId,
          createdBy: principal.userId,
        },
        input.assignees,
        manager,
      );
      if (input.overrides?.length) await this.sittings.replaceOverrides(sittingId, input.overrides, manager);
      return sittingId;
    });
    return this.get(principal, id);
  }

  async setOverrides(principal: Principal, sittingId: string, overrides: OverrideLike[]): Promise<SittingView> {
    await this.requireSitting(principal, sittingId);
    await this.requireOverridesInScope(principal, overrides);
    await this.dataSource.transaction((manager) => this.sittings.replaceOverrides(sittingId, overrides, manager));
    return this.get(principal, sittingId);
  }

  /** A sitting the caller manages (owned inside their scope); anything else is reported as absent. */
  async requireSitting(principal: Principal, sittingId: string): Promise<SittingRow> {
    const [sitting, scopePath] = await Promise.all([this.sittings.findById(sittingId), this.scope.scopePathOf(principal)]);
    if (!sitting || (scopePath !== null && !isWithin(sitting.ownerUnitPath, scopePath))) throw ExamsErrors['exams.sitting.notFound']();
    return sitting;
  }

  /** A sitting the caller may read, and how far; see SittingAccess. */
  async readSitting(principal: Principal, sittingId: string): Promise<SittingAccess> {
    const [sitting, scopePath] = await Promise.all([this.sittings.findById(sittingId), this.scope.scopePathOf(principal)]);
    const owned = sitting !== null && (scopePath === null || isWithin(sitting.ownerUnitPath, scopePath));
    const followed =
      !owned &&
      sitting !== null &&
      scopePath !== null &&
      hasAnyRole(principal, 'manager') &&
      (await this.sittings.isAssignedWithin(sitting.id, scopePath));
    if (!sitting || !(owned || followed)) throw ExamsErrors['exams.sitting.notFound']();
    return { sitting, canManage: this.mayManage(principal, scopePath, sitting), peoplePath: scopePath };
  }

  private mayManage(principal: Principal, scopePath: string | null, sitting: SittingRow): boolean {
    return hasAnyRole(principal, 'trainer', 'admin') && (scopePath === null || isWithin(sitting.ownerUnitPath, scopePath));
  }

  /** Every person and unit an override names must be inside the caller's scope, like the assignees. */
  private async requireOverridesInScope(principal: Principal, overrides: OverrideLike[]): Promise<void> {
    for (const [i, o] of overrides.entries()) {
      if (o.unitId) await this.scope.requireUnitInScope(principal, o.unitId, `overrides[${i}].unitId`);
      if (o.userId) await this.scope.requirePersonInScope(principal, o.userId, `overrides[${i}].userId`);
    }
  }

  private async view({ ownerUnitPath: _p, structure: _s, ...row }: SittingRow, canManage: boolean): Promise<SittingView> {
    const [assignees, overrides] = await Promise.all([this.sittings.assignees(row.id), this.sittings.overrides(row.id)]);
    return { ...row, assignees, overrides, canManage };
  }
}
