import { defineIssues } from '../../../platform/errors/issue-catalogue';

/** The problems the user import reports per row (and the password and username rules behind some of them). */
export const IdentityIssues = defineIssues({
  'identity.row.nameEmpty': '姓名不能为空',
  'identity.row.nameTooLong': '姓名不能超过 {max} 个字符',
  'identity.row.usernameEmpty': '用户名不能为空',
  'identity.row.usernameInvalid': '用户名须为 2–64 位小写字母、数字、点、下划线或连字符，并以字母或数字开头',
  'identity.row.usernameTaken': '用户名 {username} 已存在',
  'identity.row.usernameRepeated': '用户名 {username} 与第 {first} 行重复',
  'identity.row.rolesUnknown': '无法识别的角色：{roles}（可用：客户经理、培训师、市场经理、管理员）',
  'identity.row.rolesEmpty': '角色不能为空',
  'identity.row.unitEmpty': '单位不能为空',
  'identity.row.unitAmbiguous': '单位名「{unit}」不唯一，请写完整路径，如 {example}',
  'identity.row.unitNotFound': '找不到单位「{unit}」',
  'identity.row.passwordEmpty': '初始密码不能为空',
  'identity.password.tooShort': '密码至少需要 {min} 个字符',
  'identity.password.tooLong': '密码不能超过 {max} 个字符',
  'identity.password.demo': '演示密码是公开的，不能用于正式账号',
  'identity.password.common': '密码过于常见，请换一个更难猜的密码',
  'identity.password.containsUsername': '密码不能包含用户名',
});
