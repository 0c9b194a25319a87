import { Injectable } from '@nestjs/common';
import { isWithin } from '../domain/unit-path';
import { hasAnyRole, type Principal } from '../domain/principal';
import { OrgUnitRepository } from '../persistence/org-unit.repository';
import { IdentityErrors } from '../domain/identity-errors';

/**
 * A manager's and a trainer's reach is their unit's subtree; an admin's is the whole organisation.
 * Other modules ask here rather than computing scope themselves.
 */
@Injectable()
export class ScopeService {
  constructor(private readonly units: OrgUnitRepository) {}

  /** The path prefix the caller may see; null means everything. */
  async scopePathOf(principal: Principal): Promise<string | null> {
    if (principal.roles.includes('admin')) return null;
    const path = await this.units.pathOf(principal.unitId);
    if (!path) throw IdentityErrors['identity.scope.ownUnitGone']();
    return path;
  }

  /**
   * Throws not_found (not forbidden) for a unit outside the caller's scope, so the existence of
   * other units' data does not leak. `field` names the request field that referred to it.
   */
  async requireUnitInScope(principal: Principal, unitId: string, field?: string): Promise<string> {
    const [scope, path] = await Promise.all([this.scopePathOf(principal), this.units.pathOf(unitId)]);
    if (!path || (scope !== null && !isWithin(path, scope)))
      throw field ? IdentityErrors['identity.scope.fieldUnitNotInScope']({ field }) : IdentityErrors['identity.scope.unitNotInScope']();
    return path;
  }

  /** The same for a person a request refers to (an assignee, an override): their unit must be in the caller's scope. */
  async requirePersonInScope(principal: Principal, userId: string, field: string): Promise<string> {
    const [scope, path] = await Promise.all([this.scopePathOf(principal), this.units.pathOfUser(userId)]);
    if (!path || (scope !== null && !isWithin(path, scope))) throw IdentityErrors['identity.scope.personNotInScope']({ field });
    return path;
  }

  /**
   * Whether the caller may read a person's records (competency, KPIs): their own, or anyone's in
   * the subtree of a trainer, manager or admin. Callers answer "not found" when not.
   */
  async maySeePerson(principal: Principal, person: { userId: string; unitPath: string }): Promise<boolean> {
    if (person.userId === principal.userId) return true;
    if (!hasAnyRole(principal, 'trainer', 'manager', 'admin')) return false;
    const scope = await this.scopePathOf(principal);
    return scope === null || isWithin(person.unitPath, scope);
  }

  /** The caller's own unit path ('/root/…/unit/'), whatever their roles. */
  async unitPathOf(principal: Principal): Promise<string> {
    const path = await this.units.pathOf(principal.unitId);
    if (!path) throw IdentityErrors['identity.scope.ownUnitGone']();
    return path;
  }
}
