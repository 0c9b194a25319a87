import { passwordProblems } from './password-policy';
import type { Role } from './role';
import { parseRoleList } from './role-names';
import { normaliseUsername, usernameProblem } from './username';

/** Column headers of the import sheet, in template order. */
export const USER_IMPORT_COLUMNS = {
  unit: '单位',
  displayName: '姓名',
  username: '用户名',
  roles: '角色',
  password: '初始密码',
} as const;

export type UserImportField = keyof typeof USER_IMPORT_COLUMNS;

export interface UserImportRow {
  /** 1-based row number in the sheet, header included, as the trainer sees it in Excel. */
  row: number;
  values: Partial<Record<UserImportField, string>>;
}

export interface ImportError {
  row: number;
  field: string;
  message: string;
}

export interface NewUser {
  row: number;
  username: string;
  displayName: string;
  roles: Role[];
  unitId: string;
  password: string;
}

export interface UserImportContext {
  /** Resolves a unit written as a full path ('营销部/城中客户服务部') or a unique name; null when unknown or ambiguous. */
  resolveUnit(text: string): { unitId: string } | { error: string };
  existingUsernames: ReadonlySet<string>;
}

/** Checks every row and collects every problem, so the trainer can fix the sheet in one go. */
export function checkUserImportRows(rows: UserImportRow[], context: UserImportContext): { users: NewUser[]; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const users: NewUser[] = [];
  const seen = new Map<string, number>();
  for (const { row, values } of rows) {
    const rowErrors: ImportError[] = [];
    const fail = (field: UserImportField, message: string) => rowErrors.push({ row, field: USER_IMPORT_COLUMNS[field], message });
    const text = (field: UserImportField) => (values[field] ?? '').trim();

    const displayName = text('displayName');
    if (!displayName) fail('displayName', '姓名不能为空');
    else if (displayName.length > 100) fail('displayName', '姓名不能超过 100 个字符');

    const username = normaliseUsername(text('username'));
    const usernameError = usernameProblem(username);
    if (usernameError) fail('username', usernameError);
    else if (context.existingUsernames.has(username)) fail('username', `用户名 ${username} 已存在`);
    else if (seen.has(username)) fail('username', `用户名 ${username} 与第 ${seen.get(username)} 行重复`);
    else seen.set(username, row);

    const { roles, unknown } = parseRoleList(text('roles'));
    if (unknown.length) fail('roles', `无法识别的角色：${unknown.join('、')}（可用：客户经理、培训师、市场经理、管理员）`);
    else if (roles.length === 0) fail('roles', '角色不能为空');

    let unitId = '';
    if (!text('unit')) fail('unit', '单位不能为空');
    else {
      const unit = context.resolveUnit(text('unit'));
      if ('error' in unit) fail('unit', unit.error);
      else unitId = unit.unitId;
    }

    const password = values.password ?? '';
    if (!password) fail('password', '初始密码不能为空');
    else for (const problem of passwordProblems(password, username)) fail('password', problem);

    if (rowErrors.length) errors.push(...rowErrors);
    else users.push({ row, username, displayName, roles, unitId, password });
  }
  return { users, errors };
}
