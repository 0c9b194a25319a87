import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { AuditLog } from '../../../platform/audit/audit-log';
import { isUniqueViolation } from '../../../platform/database/unique-violation';
import { effectivePurpose, MaterialPurpose } from '../domain/material-purpose';
import { BankRow, QuestionBankRepository } from '../persistence/question-bank.repository';
import { CategoryRow, QuestionCategoryRepository } from '../persistence/question-category.repository';
import { BankAccessService } from './bank-access.service';
import { QuestionBankErrors } from '../domain/question-bank-errors';

export interface BankView extends Omit<BankRow, 'ownerUnitPath' | 'sharedUnitPaths'> {
  canEdit: boolean;
}

export interface CategoryView extends CategoryRow {
  /** What its questions are: its own marking, else its nearest marked ancestor's, else the bank's. */
  effectivePurpose: MaterialPurpose;
}

@Injectable()
export class BanksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly banks: QuestionBankRepository,
    private readonly categories: QuestionCategoryRepository,
    private readonly access: BankAccessService,
    private readonly scope: ScopeService,
    private readonly audit: AuditLog,
  ) {}

  async list(principal: Principal): Promise<BankView[]> {
    const banks = await this.access.visibleBanks(principal);
    return Promise.all(banks.map((bank) => this.view(principal, bank)));
  }

  async get(principal: Principal, bankId: string): Promise<BankView> {
    return this.view(principal, await this.access.requireView(principal, bankId));
  }

  async create(principal: Principal, input: { name: string; description?: string; purpose?: MaterialPurpose; ownerUnitId?: string }): Promise<BankView> {
    if (!principal.roles.some((r) => r === 'trainer' || r === 'admin')) throw QuestionBankErrors['questionBank.bank.createForbidden']();
    const ownerUnitId = input.ownerUnitId ?? principal.unitId;
    await this.scope.requireUnitInScope(principal, ownerUnitId, 'ownerUnitId');
    const id = await this.dataSource.transaction(async (manager) => {
      const bankId = await this.banks.insert(
        { key: null, name: input.name.trim(), description: input.description?.trim() ?? '', purpose: input.purpose, ownerUnitId, createdBy: principal.userId },
        manager,
      );
      await this.audit.record({ actorId: principal.userId, action: 'bank.create', targetType: 'question_bank', targetId: bankId, details: { name: input.name, purpose: input.purpose } }, manager);
      return bankId;
    });
    return this.get(principal, id);
  }

  async update(principal: Principal, bankId: string, input: { name?: string; description?: string; purpose?: MaterialPurpose }): Promise<BankView> {
    const bank = await this.access.requireEdit(principal, bankId);
    const purpose = input.purpose ?? bank.purpose;
    await this.dataSource.transaction(async (manager) => {
      await this.banks.update(bankId, { name: input.name?.trim() ?? bank.name, description: input.description?.trim() ?? bank.description, purpose }, manager);
      if (purpose !== bank.purpose) {
        await this.audit.record({ actorId: principal.userId, action: 'bank.purpose', targetType: 'question_bank', targetId: bankId, details: { from: bank.purpose, to: purpose } }, manager);
      }
    });
    return this.get(principal, bankId);
  }

  async share(principal: Principal, bankId: string, unitIds: string[]): Promise<BankView> {
    await this.access.requireShare(principal, bankId);
    for (const [i, unitId] of unitIds.entries()) await this.scope.requireUnitInScope(principal, unitId, `unitIds[${i}]`);
    await this.dataSource.transaction(async (manager) => {
      await this.banks.replaceShares(bankId, [...new Set(unitIds)], manager);
      await this.audit.record({ actorId: principal.userId, action: 'bank.share', targetType: 'question_bank', targetId: bankId, details: { unitIds } }, manager);
    });
    return this.get(principal, bankId);
  }

  async listCategories(principal: Principal, bankId: string): Promise<CategoryView[]> {
    const bank = await this.access.requireView(principal, bankId);
    const categories = await this.categories.list(bankId);
    return categories.map((c) => ({ ...c, effectivePurpose: effectivePurpose(c.path, categories, bank.purpose) }));
  }

  /** Marks a category (and what follows it below) as practice material or exam-reserved; null follows its parent. */
  async setCategoryPurpose(principal: Principal, bankId: string, categoryId: string, purpose: MaterialPurpose | null): Promise<CategoryView> {
    await this.access.requireEdit(principal, bankId);
    const changed = await this.dataSource.transaction(async (manager) => {
      if (!(await this.categories.setPurpose(bankId, categoryId, purpose, manager))) return false;
      await this.audit.record({ actorId: principal.userId, action: 'bank.category_purpose', targetType: 'question_bank', targetId: bankId, details: { categoryId, purpose } }, manager);
      return true;
    });
    if (!changed) throw QuestionBankErrors['questionBank.category.notFound']();
    return (await this.listCategories(principal, bankId)).find((c) => c.id === categoryId)!;
  }

  async createCategory(principal: Principal, bankId: string, input: { name: string; parentId: string | null }): Promise<CategoryView> {
    await this.access.requireEdit(principal, bankId);
    const name = input.name.trim();
    if (name.includes('/')) throw QuestionBankErrors['questionBank.category.slashInName']();
    const parentPath = input.parentId ? await this.categories.findPath(bankId, input.parentId) : '';
    if (parentPath === null) throw QuestionBankErrors['questionBank.category.parentNotFound']();
    const path = parentPath ? `${parentPath}/${name}` : name;
    if ((await this.categories.list(bankId)).some((c) => c.path === path)) throw QuestionBankErrors['questionBank.category.exists']({ path });
    await this.dataSource
      .transaction((manager) => this.categories.ensurePath(bankId, path, manager))
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw QuestionBankErrors['questionBank.category.exists']({ path });
        throw error;
      });
    return (await this.listCategories(principal, bankId)).find((c) => c.path === path)!;
  }

  private async view(principal: Principal, bank: BankRow): Promise<BankView> {
    const { ownerUnitPath: _o, sharedUnitPaths: _s, ...rest } = bank;
    return { ...rest, canEdit: await this.access.canEdit(principal, bank) };
  }
}
