import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Principal } from '../domain/principal';
import type { Role } from '../domain/role';

export const PUBLIC_ROUTE = 'kaoping:public';
export const REQUIRED_ROLES = 'kaoping:roles';
export const BEFORE_PASSWORD_CHANGE = 'kaoping:before-password-change';

/** The one thing an account whose password an administrator chose may do: choose its own. */
export const PASSWORD_CHANGE_REQUIRED = 'password_change_required';

/**
 * No token needed (login, health). Every other route requires one. Marked `x-public` in the
 * OpenAPI document, which the access-matrix test reads.
 */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiExtension('x-public', true));

/**
 * The caller must hold at least one of these roles; scope is then checked by the use case. Written
 * into the OpenAPI document as `x-roles`, so the access-matrix test covers every route.
 */
export const RequireRoles = (...roles: Role[]) => applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiExtension('x-roles', roles));

/** Reachable by an account that must still choose its own password (see PASSWORD_CHANGE_REQUIRED). */
export const AllowedBeforePasswordChange = () =>
  applyDecorators(SetMetadata(BEFORE_PASSWORD_CHANGE, true), ApiExtension('x-before-password-change', true));

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
