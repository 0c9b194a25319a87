import type { Principal } from '../../identity/domain/principal';
import { canEditBank, canShareBank, canViewBank, unitReachesBank } from './bank-access';

const who = (roles: Principal['roles']): Principal => ({ userId: 'u', username: 'u', roles, unitId: 'x' });
const czBank = { ownerUnitPath: '/d/cz/', sharedUnitPaths: [] };
const cjBank = { ownerUnitPath: '/d/cj/', sharedUnitPaths: [] };

describe('bank access', () => {
  it('lets a trainer of 城中 edit 城中 banks but not 城郊 ones', () => {
    expect(canEditBank(who(['trainer']), '/d/cz/', czBank)).toBe(true);
    expect(canEditBank(who(['trainer']), '/d/cz/', cjBank)).toBe(false);
    expect(canViewBank(who(['trainer']), '/d/cz/', cjBank)).toBe(false);
  });

  it('lets the trainer of the department edit every unit’s bank', () => {
    expect(canEditBank(who(['trainer']), '/d/', cjBank)).toBe(true);
  });

  it('opens a bank to another unit when it is shared with it', () => {
    const shared = { ...cjBank, sharedUnitPaths: ['/d/cz/'] };
    expect(canEditBank(who(['trainer']), '/d/cz/', shared)).toBe(true);
    expect(canEditBank(who(['trainer']), '/d/cz/t1/', shared)).toBe(true);
  });

  it('lets managers look but not change, and keeps staff out', () => {
    expect(canViewBank(who(['manager']), '/d/', cjBank)).toBe(true);
    expect(canEditBank(who(['manager']), '/d/', cjBank)).toBe(false);
    expect(canViewBank(who(['staff']), '/d/cz/', czBank)).toBe(false);
  });

  it('lets people of a unit practise on their own banks and on those shared with their unit or above, and no others', () => {
    const departmentShared = { ownerUnitPath: '/d/', sharedUnitPaths: ['/d/'] };
    const departmentPrivate = { ownerUnitPath: '/d/', sharedUnitPaths: [] };
    expect(unitReachesBank('/d/cz/', czBank)).toBe(true);
    expect(unitReachesBank('/d/cz/', departmentShared)).toBe(true);
    expect(unitReachesBank('/d/cz/', cjBank)).toBe(false);
    expect(unitReachesBank('/d/cz/', departmentPrivate)).toBe(false);
  });

  it('leaves sharing to the owning unit’s trainers and those above, not to a unit it is shared with', () => {
    const deptBank = { ownerUnitPath: '/d/', sharedUnitPaths: ['/d/cz/'] };
    expect(canShareBank(who(['trainer']), '/d/', deptBank)).toBe(true);
    expect(canShareBank(who(['trainer']), '/d/cz/', deptBank)).toBe(false);
    expect(canEditBank(who(['trainer']), '/d/cz/', deptBank)).toBe(true);
    expect(canShareBank(who(['trainer']), '/d/', cjBank)).toBe(true);
    expect(canShareBank(who(['manager']), '/d/', czBank)).toBe(false);
    expect(canShareBank(who(['admin']), '/d/cj/', czBank)).toBe(true);
  });
});
