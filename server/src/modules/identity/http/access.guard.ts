import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../../../platform/http/domain-error';
import { TokenService } from '../application/token.service';
import { hasAnyRole } from '../domain/principal';
import type { Role } from '../domain/role';
import { AuthenticatedRequest, PUBLIC_ROUTE, REQUIRED_ROLES } from './access.decorators';

/** Global guard: a valid bearer token on every non-public route, and the route's roles. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('access');

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([\w-]+\.[\w-]+\.[\w-]*)$/.exec(header) : null;
    if (!match) throw new DomainError('unauthenticated', '请先登录');
    const principal = this.tokens.verifyAccessToken(match[1]);
    request.principal = principal;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !hasAnyRole(principal, ...roles)) {
      this.logger.warn({ msg: 'access denied', userId: principal.userId, path: request.url, needs: roles });
      throw new DomainError('forbidden', '没有权限执行此操作');
    }
    return true;
  }
}
