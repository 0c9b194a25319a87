import { parseRoleList } from './role-names';

describe('role names in spreadsheets', () => {
  it('reads Chinese and English role words with any separator', () => {
    expect(parseRoleList('客户经理、培训师').roles).toEqual(['staff', 'trainer']);
    expect(parseRoleList('Manager, admin').roles).toEqual(['manager', 'admin']);
    expect(parseRoleList('staff，staff').roles).toEqual(['staff']);
  });

  it('returns the words it does not know', () => {
    expect(parseRoleList('司机 staff')).toEqual({ roles: ['staff'], unknown: ['司机'] });
  });
});
