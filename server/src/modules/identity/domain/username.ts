export function normaliseUsername(value: string): string {
  return value.trim().toLowerCase();
}

/** Usernames are ASCII so they can be typed on any phone keyboard; null when acceptable. */
export function usernameProblem(username: string): string | null {
  if (!username) return '用户名不能为空';
  if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(username)) return '用户名须为 2–64 位小写字母、数字、点、下划线或连字符，并以字母或数字开头';
  return null;
}
