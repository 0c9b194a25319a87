import type { Issue } from '../../../platform/errors/issue-catalogue';
import { IdentityIssues } from './identity-issues';

export function normaliseUsername(value: string): string {
  return value.trim().toLowerCase();
}

/** Usernames are ASCII so they can be typed on any phone keyboard; null when acceptable. */
export function usernameProblem(username: string): string | null {
  return usernameIssue(username)?.message ?? null;
}

export function usernameIssue(username: string): Issue | null {
  if (!username) return IdentityIssues['identity.row.usernameEmpty']();
  if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(username)) return IdentityIssues['identity.row.usernameInvalid']();
  return null;
}
