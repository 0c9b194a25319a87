import type { Issue } from '../../../platform/errors/issue-catalogue';
import { IdentityIssues } from './identity-issues';
import { COMMON_PASSWORDS } from './common-passwords';
import { DEMO_PASSWORD } from './demo-password';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** NIST SP 800-63B style: length and a block list instead of composition rules. Empty when acceptable. */
export function passwordProblems(password: string, username?: string): string[] {
  return passwordIssues(password, username).map((issue) => issue.message);
}

/** The same rules as coded issues (the user import reports them per row). */
export function passwordIssues(password: string, username?: string): Issue[] {
  const problems: Issue[] = [];
  const lower = password.toLowerCase();
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push(IdentityIssues['identity.password.tooShort']({ min: PASSWORD_MIN_LENGTH }));
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(IdentityIssues['identity.password.tooLong']({ max: PASSWORD_MAX_LENGTH }));
  if (lower === DEMO_PASSWORD) problems.push(IdentityIssues['identity.password.demo']());
  else if (COMMON_PASSWORDS.has(lower) || isRepetitive(lower)) problems.push(IdentityIssues['identity.password.common']());
  if (username && username.length >= 3 && lower.includes(username.toLowerCase()))
    problems.push(IdentityIssues['identity.password.containsUsername']());
  return problems;
}

/** One repeated character, or a run of consecutive keys/digits like 1234567890 or abcdefghij. */
function isRepetitive(value: string): boolean {
  if (new Set(value).size <= 2) return true;
  const sequences = ['01234567890123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'];
  return sequences.some((seq) => seq.includes(value) || [...seq].reverse().join('').includes(value));
}
