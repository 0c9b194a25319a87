import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SessionCheck } from '../application/session-check';
import { hasAnyRole } from '../domain/principal';
import type { Role } from '../domain/role';
import { AuthenticatedRequest, BEFORE_PASSWORD_CHANGE, PASSWORD_CHANGE_REQUIRED, PUBLIC_ROUTE, REQUIRED_ROLES } from './access.decorators';
import { IdentityErrors } from '../domain/identity-errors';

/**
 * Global guard: a valid bearer token on every non-public route, whose login is still live and whose
 * user has not been disabled or changed since it was issued (one read by primary key, so logout,
 * disabling and a change of roles or password take effect on the next request on every instance),
 * and the route's roles.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('access');

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionCheck,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([\w-]+\.[\w-]+\.[\w-]*)$/.exec(header) : null;
    if (!match) throw IdentityErrors['auth.required']();
    const { principal, mustChangePassword } = await this.sessions.verify(match[1]);
    if (mustChangePassword && !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE, targets)) {
      throw IdentityErrors['auth.passwordChangeRequired']({ details: { code: PASSWORD_CHANGE_REQUIRED } });
    }
    request.principal = principal;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !hasAnyRole(principal, ...roles)) {
      this.logger.warn({ msg: 'access denied', userId: principal.userId, path: request.url, needs: roles });
      throw IdentityErrors['auth.forbidden']();
    }
    return true;
  }
}
