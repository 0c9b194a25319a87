import type { Issue } from '../../../platform/errors/issue-catalogue';
import { IdentityIssues } from './identity-issues';
import { passwordIssues } from './password-policy';
import type { Role } from './role';
import { parseRoleList } from './role-names';
import { normaliseUsername, usernameIssue } from './username';

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

export interface ImportError extends Issue {
  row: number;
  field: string;
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
  resolveUnit(text: string): { unitId: string } | { error: Issue };
  existingUsernames: ReadonlySet<string>;
}

/** Checks every row and collects every problem, so the trainer can fix the sheet in one go. */
export function checkUserImportRows(rows: UserImportRow[], context: UserImportContext): { users: NewUser[]; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const users: NewUser[] = [];
  const seen = new Map<string, number>();
  for (const { row, values } of rows) {
    const rowErrors: ImportError[] = [];
    const fail = (field: UserImportField, issue: Issue) => rowErrors.push({ row, field: USER_IMPORT_COLUMNS[field], ...issue });
    const text = (field: UserImportField) => (values[field] ?? '').trim();

    const displayName = text('displayName');
    if (!displayName) fail('displayName', IdentityIssues['identity.row.nameEmpty']());
    else if (displayName.length > 100) fail('displayName', IdentityIssues['identity.row.nameTooLong']({ max: 100 }));

    const username = normaliseUsername(text('username'));
    const usernameError = usernameIssue(username);
    if (usernameError) fail('username', usernameError);
    else if (context.existingUsernames.has(username)) fail('username', IdentityIssues['identity.row.usernameTaken']({ username }));
    else if (seen.has(username))
      fail('username', IdentityIssues['identity.row.usernameRepeated']({ username, first: seen.get(username) ?? 0 }));
    else seen.set(username, row);

    const { roles, unknown } = parseRoleList(text('roles'));
    if (unknown.length) fail('roles', IdentityIssues['identity.row.rolesUnknown']({ roles: unknown.join('、') }));
    else if (roles.length === 0) fail('roles', IdentityIssues['identity.row.rolesEmpty']());

    let unitId = '';
    if (!text('unit')) fail('unit', IdentityIssues['identity.row.unitEmpty']());
    else {
      const unit = context.resolveUnit(text('unit'));
      if ('error' in unit) fail('unit', unit.error);
      else unitId = unit.unitId;
    }

    const password = values.password ?? '';
    if (!password) fail('password', IdentityIssues['identity.row.passwordEmpty']());
    else for (const problem of passwordIssues(password, username)) fail('password', problem);

    if (rowErrors.length) errors.push(...rowErrors);
    else users.push({ row, username, displayName, roles, unitId, password });
  }
  return { users, errors };
}
