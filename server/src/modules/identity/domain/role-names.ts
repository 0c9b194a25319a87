import type { Role } from './role';

/** Role words a trainer may type in a spreadsheet, Chinese or English. */
const ROLE_WORDS: Record<string, Role> = {
  staff: 'staff',
  员工: 'staff',
  客户经理: 'staff',
  trainer: 'trainer',
  培训师: 'trainer',
  培训员: 'trainer',
  manager: 'manager',
  管理者: 'manager',
  经理: 'manager',
  市场经理: 'manager',
  admin: 'admin',
  管理员: 'admin',
};

/** Parses '客户经理、培训师' or 'staff,trainer'; unknown words are returned so the error can name them. */
export function parseRoleList(text: string): { roles: Role[]; unknown: string[] } {
  const roles = new Set<Role>();
  const unknown: string[] = [];
  for (const word of text
    .split(/[,，、;；/\s]+/)
    .map((w) => w.trim())
    .filter(Boolean)) {
    const role = ROLE_WORDS[word.toLowerCase()];
    if (role) roles.add(role);
    else unknown.push(word);
  }
  return { roles: [...roles], unknown };
}
