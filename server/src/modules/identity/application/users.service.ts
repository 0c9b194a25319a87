import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../../platform/audit/audit-log';
import { passwordProblems } from '../domain/password-policy';
import type { Principal } from '../domain/principal';
import type { Role } from '../domain/role';
import { isWithin } from '../domain/unit-path';
import { normaliseUsername, usernameProblem } from '../domain/username';
import { AuthSessionRepository } from '../persistence/auth-session.repository';
import { UserEntity } from '../persistence/user.entity';
import { UserRepository, UserRow } from '../persistence/user.repository';
import { LoginRevocations } from './login-revocations';
import { PasswordHasher } from './password-hasher';
import { ScopeService } from './scope.service';
import { IdentityErrors } from '../domain/identity-errors';
import { isUniqueViolation } from '../../../platform/database/unique-violation';

export type UserView = Omit<UserRow, 'unitPath'>;

const toView = ({ unitPath: _unitPath, ...view }: UserRow): UserView => view;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly sessions: AuthSessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly scope: ScopeService,
    private readonly audit: AuditLog,
    private readonly revocations: LoginRevocations,
  ) {}

  async page(
    principal: Principal,
    query: { page: number; pageSize: number; q?: string; unitId?: string },
  ): Promise<{ items: UserView[]; total: number }> {
    const scopePath = await this.scope.scopePathOf(principal);
    const unitPath = query.unitId ? await this.scope.requireUnitInScope(principal, query.unitId, 'unitId') : null;
    const result = await this.users.pageInScope({
      scopePath,
      unitPath,
      q: query.q?.trim() || null,
      page: query.page,
      pageSize: query.pageSize,
    });
    return { items: result.items.map(toView), total: result.total };
  }

  async me(principal: Principal): Promise<UserView> {
    const row = await this.users.findRowById(principal.userId);
    if (!row || row.disabled) throw IdentityErrors['identity.account.unavailable']();
    return toView(row);
  }

  async create(
    principal: Principal,
    input: { username: string; displayName: string; password: string; roles: Role[]; unitId: string },
  ): Promise<UserView> {
    const username = normaliseUsername(input.username);
    const problem = usernameProblem(username);
    if (problem) throw IdentityErrors['identity.user.invalidUsername']({ problem });
    this.requireGoodPassword(input.password, username);
    await this.scope.requireUnitInScope(principal, input.unitId, 'unitId');
    const passwordHash = await this.hasher.hash(input.password);
    const id = await this.dataSource
      .transaction(async (manager) => {
        const user = manager.create(UserEntity, {
          username,
          displayName: input.displayName.trim(),
          passwordHash,
          roles: [...new Set(input.roles)],
          unitId: input.unitId,
          mustChangePassword: true,
        });
        await manager.save(user);
        await this.audit.record(
          {
            actorId: principal.userId,
            action: 'user.create',
            targetType: 'user',
            targetId: user.id,
            details: { username, roles: user.roles, unitId: user.unitId },
          },
          manager,
        );
        return user.id;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw IdentityErrors['identity.user.usernameTaken']({ username });
        throw error;
      });
    return this.view(id);
  }

  async update(
    principal: Principal,
    id: string,
    input: { displayName?: string; roles?: Role[]; unitId?: string; disabled?: boolean },
  ): Promise<UserView> {
    await this.requireUserInScope(principal, id);
    if (input.unitId) await this.scope.requireUnitInScope(principal, input.unitId, 'unitId');
    const revoked = await this.dataSource.transaction(async (manager) => {
      const user = await this.users.findById(id, manager);
      if (!user) throw IdentityErrors['identity.user.notFound']();
      const before = { displayName: user.displayName, roles: user.roles, unitId: user.unitId, disabled: user.disabled };
      const tokenVersionBefore = user.tokenVersion;
      if (
        id === principal.userId &&
        (input.disabled === true || (input.roles && !input.roles.includes('admin') && user.roles.includes('admin')))
      ) {
        throw IdentityErrors['identity.user.cannotLockOutSelf']();
      }
      if (input.displayName !== undefined) user.displayName = input.displayName.trim();
      if (input.roles !== undefined) user.roles = [...new Set(input.roles)];
      if (input.unitId !== undefined) user.unitId = input.unitId;
      if (input.disabled !== undefined) user.disabled = input.disabled;
      const after = { displayName: user.displayName, roles: user.roles, unitId: user.unitId, disabled: user.disabled };
      const rolesChanged = before.roles.join() !== after.roles.join();
      // access tokens carry roles and unit: the ones issued before stop working on their next request
      if (rolesChanged || before.unitId !== after.unitId || before.disabled !== after.disabled) user.tokenVersion += 1;
      await manager.save(user);
      if (user.disabled && !before.disabled) await this.sessions.revokeAllFor(id, manager);
      await this.audit.record(
        {
          actorId: principal.userId,
          action: rolesChanged ? 'user.roles_change' : 'user.update',
          targetType: 'user',
          targetId: id,
          details: { before, after },
        },
        manager,
      );
      return user.tokenVersion !== tokenVersionBefore;
    });
    // the user's open live sockets carry the old roles, unit or a login that ended
    if (revoked) this.revocations.announce({ userId: id });
    return this.view(id);
  }

  async resetPassword(principal: Principal, id: string, password: string): Promise<void> {
    const target = await this.requireUserInScope(principal, id);
    this.requireGoodPassword(password, target.username);
    const passwordHash = await this.hasher.hash(password);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id }, { passwordHash, mustChangePassword: true });
      await this.sessions.revokeAllFor(id, manager);
      await this.audit.record({ actorId: principal.userId, action: 'user.password_reset', targetType: 'user', targetId: id }, manager);
    });
    this.revocations.announce({ userId: id });
  }

  private requireGoodPassword(password: string, username: string): void {
    const problems = passwordProblems(password, username);
    if (problems.length)
      throw IdentityErrors['identity.password.weak']({ problems: problems.join('；'), details: { field: 'password', problems } });
  }

  /** Another unit's user is reported as absent, not forbidden. */
  private async requireUserInScope(principal: Principal, id: string): Promise<UserRow> {
    const [row, scopePath] = await Promise.all([this.users.findRowById(id), this.scope.scopePathOf(principal)]);
    if (!row || (scopePath !== null && !isWithin(row.unitPath, scopePath))) throw IdentityErrors['identity.user.notInScope']();
    return row;
  }

  private async view(id: string): Promise<UserView> {
    const row = await this.users.findRowById(id);
    if (!row) throw IdentityErrors['identity.user.notFound']();
    return toView(row);
  }
}
