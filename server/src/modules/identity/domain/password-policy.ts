import { COMMON_PASSWORDS } from './common-passwords';
import { DEMO_PASSWORD } from './demo-password';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** NIST SP 800-63B style: length and a block list instead of composition rules. Empty when acceptable. */
export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  const lower = password.toLowerCase();
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push(`密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符`);
  if (lower === DEMO_PASSWORD) problems.push('演示密码是公开的，不能用于正式账号');
  else if (COMMON_PASSWORDS.has(lower) || isRepetitive(lower)) problems.push('密码过于常见，请换一个更难猜的密码');
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) problems.push('密码不能包含用户名');
  return problems;
}

/** One repeated character, or a run of consecutive keys/digits like 1234567890 or abcdefghij. */
function isRepetitive(value: string): boolean {
  if (new Set(value).size <= 2) return true;
  const sequences = ['01234567890123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'];
  return sequences.some((seq) => seq.includes(value) || [...seq].reverse().join('').includes(value));
}
