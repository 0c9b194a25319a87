import type { Role } from './role';

/** Who is calling, as proven by the access token. */
export interface Principal {
  userId: string;
  username: string;
  roles: Role[];
  unitId: string;
}

export function hasAnyRole(principal: Principal, ...roles: Role[]): boolean {
  return principal.roles.some((role) => roles.includes(role));
}
