import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../../platform/audit/audit-log';
import type { Principal } from '../domain/principal';
import { childPath, isWithin } from '../domain/unit-path';
import { OrgUnitEntity } from '../persistence/org-unit.entity';
import { OrgUnitRepository, UnitRow } from '../persistence/org-unit.repository';
import { ScopeService } from './scope.service';
import { IdentityErrors } from '../domain/identity-errors';

export interface UnitView extends UnitRow {
  /** Names from the root, e.g. '营销部/城中客户服务部'. */
  namePath: string;
}

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: OrgUnitRepository,
    private readonly scope: ScopeService,
    private readonly audit: AuditLog,
  ) {}

  async list(principal: Principal): Promise<UnitView[]> {
    const scopePath = await this.scope.scopePathOf(principal);
    const all = await this.units.listInScope(null);
    const names = new Map(all.map((u) => [u.id, u.name]));
    return treeOrder(all)
      .filter((u) => scopePath === null || isWithin(u.path, scopePath))
      .map((u) => ({
        ...u,
        namePath: u.path
          .split('/')
          .filter(Boolean)
          .map((id) => names.get(id) ?? '?')
          .join('/'),
      }));
  }

  async create(principal: Principal, input: { name: string; parentId: string | null }): Promise<UnitView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const parent = input.parentId ? await this.units.findById(input.parentId, manager) : null;
      if (input.parentId && !parent) throw IdentityErrors['identity.unit.parentNotFound']();
      const name = input.name.trim();
      if (await this.units.siblingNameTaken(input.parentId, name, null, manager)) throw IdentityErrors['identity.unit.nameTaken']({ name });
      const unit = manager.create(OrgUnitEntity, { name, parentId: input.parentId, path: '' });
      await manager.save(unit);
      unit.path = childPath(parent?.path ?? null, unit.id);
      await manager.save(unit);
      await this.audit.record(
        {
          actorId: principal.userId,
          action: 'unit.create',
          targetType: 'unit',
          targetId: unit.id,
          details: { name, parentId: input.parentId },
        },
        manager,
      );
      return unit.id;
    });
    return this.view(principal, id);
  }

  async update(principal: Principal, id: string, input: { name?: string; parentId?: string | null }): Promise<UnitView> {
    await this.dataSource.transaction(async (manager) => {
      const unit = await this.units.findById(id, manager);
      if (!unit) throw IdentityErrors['identity.unit.notFound']();
      const name = input.name?.trim() ?? unit.name;
      const parentId = input.parentId === undefined ? unit.parentId : input.parentId;
      if (await this.units.siblingNameTaken(parentId, name, id, manager)) throw IdentityErrors['identity.unit.nameTaken']({ name });
      if (parentId !== unit.parentId) {
        const parent = parentId ? await this.units.findById(parentId, manager) : null;
        if (parentId && !parent) throw IdentityErrors['identity.unit.parentNotFound']();
        if (parent && isWithin(parent.path, unit.path)) throw IdentityErrors['identity.unit.moveIntoOwnSubtree']();
        const newPath = childPath(parent?.path ?? null, unit.id);
        await this.units.rebaseSubtree(unit.path, newPath, manager);
      }
      await manager.update(OrgUnitEntity, { id }, { name, parentId });
      await this.audit.record(
        {
          actorId: principal.userId,
          action: 'unit.update',
          targetType: 'unit',
          targetId: id,
          details: { from: { name: unit.name, parentId: unit.parentId }, to: { name, parentId } },
        },
        manager,
      );
    });
    return this.view(principal, id);
  }

  async remove(principal: Principal, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const unit = await this.units.findById(id, manager);
      if (!unit) throw IdentityErrors['identity.unit.notFound']();
      const { children, members } = await this.units.countChildrenAndMembers(id, manager);
      if (children || members) {
        throw IdentityErrors['identity.unit.notEmpty']({ name: unit.name, children, members });
      }
      await manager.delete(OrgUnitEntity, { id });
      await this.audit.record(
        { actorId: principal.userId, action: 'unit.delete', targetType: 'unit', targetId: id, details: { name: unit.name } },
        manager,
      );
    });
  }

  private async view(principal: Principal, id: string): Promise<UnitView> {
    const unit = (await this.list(principal)).find((u) => u.id === id);
    if (!unit) throw IdentityErrors['identity.unit.notFound']();
    return unit;
  }
}

/** Depth-first, each parent before its children, siblings in the order they came. */
function treeOrder(units: UnitRow[]): UnitRow[] {
  const children = new Map<string | null, UnitRow[]>();
  for (const unit of units) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  const ordered: UnitRow[] = [];
  const visit = (parentId: string | null) => {
    for (const unit of children.get(parentId) ?? []) {
      ordered.push(unit);
      visit(unit.id);
    }
  };
  visit(null);
  return ordered;
}
