import { passwordProblems } from './password-policy';

describe('password policy', () => {
  it('accepts a long passphrase, Chinese included', () => {
    expect(passwordProblems('kaoping-field-2026')).toEqual([]);
    expect(passwordProblems('我在城中跑市场2026')).toEqual([]);
  });

  it('refuses the published demo password, whatever its case', () => {
    expect(passwordProblems('kaoping-demo')).toEqual(['演示密码是公开的，不能用于正式账号']);
    expect(passwordProblems('Kaoping-Demo')).toEqual(['演示密码是公开的，不能用于正式账号']);
  });

  it('names the minimum length when too short, counting characters not bytes', () => {
    expect(passwordProblems('short1!')).toEqual(['密码至少需要 10 个字符']);
    expect(passwordProblems('一二三四五六七八九')).toContain('密码至少需要 10 个字符');
  });

  it('refuses common and keyboard-walk passwords, whatever their case', () => {
    expect(passwordProblems('Password123')).toContain('密码过于常见，请换一个更难猜的密码');
    expect(passwordProblems('woaini1314')).toContain('密码过于常见，请换一个更难猜的密码');
    expect(passwordProblems('1234567890')).toContain('密码过于常见，请换一个更难猜的密码');
    expect(passwordProblems('aaaaaaaaaaaa')).toContain('密码过于常见，请换一个更难猜的密码');
  });

  it('refuses a password containing the username', () => {
    expect(passwordProblems('zhangsan-2026-ok', 'zhangsan')).toEqual(['密码不能包含用户名']);
  });
});
