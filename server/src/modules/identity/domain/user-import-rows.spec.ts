import { IdentityIssues } from './identity-issues';
import { checkUserImportRows, UserImportContext } from './user-import-rows';

const context: UserImportContext = {
  resolveUnit: (text) => (text === '城中一组' ? { unitId: 'u1' } : { error: IdentityIssues['identity.row.unitNotFound']({ unit: text }) }),
  existingUsernames: new Set(['staff01']),
};
const good = { unit: '城中一组', displayName: '张三', username: 'ZhangSan', roles: '客户经理', password: 'strong-pass-2026' };

describe('user import rows', () => {
  it('turns a clean row into a user with a lower-case username and parsed roles', () => {
    expect(checkUserImportRows([{ row: 2, values: good }], context)).toEqual({
      users: [{ row: 2, username: 'zhangsan', displayName: '张三', roles: ['staff'], unitId: 'u1', password: 'strong-pass-2026' }],
      errors: [],
    });
  });

  it('collects every problem of every row, each with its row and column header', () => {
    const { users, errors } = checkUserImportRows(
      [
        { row: 2, values: { ...good, unit: '火星' } },
        { row: 3, values: { ...good, username: 'staff01', roles: '司机、培训师' } },
        { row: 4, values: { ...good, username: 'bad name!', password: '' } },
      ],
      context,
    );
    expect(users).toEqual([]);
    expect(errors).toEqual([
      { row: 2, field: '单位', code: 'identity.row.unitNotFound', params: { unit: '火星' }, message: '找不到单位「火星」' },
      { row: 3, field: '用户名', code: 'identity.row.usernameTaken', params: { username: 'staff01' }, message: '用户名 staff01 已存在' },
      { row: 3, field: '角色', code: 'identity.row.rolesUnknown', params: { roles: '司机' }, message: expect.stringContaining('司机') },
      { row: 4, field: '用户名', code: 'identity.row.usernameInvalid', message: expect.stringContaining('小写字母') },
      { row: 4, field: '初始密码', code: 'identity.row.passwordEmpty', message: '初始密码不能为空' },
    ]);
  });

  it('spots the same username twice in one sheet', () => {
    const { errors } = checkUserImportRows(
      [
        { row: 2, values: good },
        { row: 7, values: { ...good, username: 'zhangsan' } },
      ],
      context,
    );
    expect(errors).toEqual([
      {
        row: 7,
        field: '用户名',
        code: 'identity.row.usernameRepeated',
        params: { username: 'zhangsan', first: 2 },
        message: '用户名 zhangsan 与第 2 行重复',
      },
    ]);
  });
});
