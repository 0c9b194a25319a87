import type { Role } from '../modules/identity/domain/role';

export { DEMO_PASSWORD } from '../modules/identity/domain/demo-password';

export interface DemoUnit {
  key: string;
  name: string;
  parent: string | null;
}

export interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  unit: string;
}

export const DEMO_UNITS: DemoUnit[] = [
  { key: 'dept', name: '营销部', parent: null },
  { key: 'cz', name: '城中客户服务部', parent: 'dept' },
  { key: 'cz1', name: '城中一组', parent: 'cz' },
  { key: 'cz2', name: '城中二组', parent: 'cz' },
  { key: 'cj', name: '城郊客户服务部', parent: 'dept' },
  { key: 'cj1', name: '城郊一组', parent: 'cj' },
  { key: 'cj2', name: '城郊二组', parent: 'cj' },
];

const STAFF_NAMES = [
  '王建国',
  '李秀兰',
  '张伟',
  '刘洋',
  '陈静',
  '杨帆',
  '赵磊',
  '黄丽',
  '周强',
  '吴敏',
  '徐涛',
  '孙燕',
  '马俊',
  '朱红',
  '胡斌',
  '郭芳',
  '何勇',
  '高雪',
  '林峰',
  '罗娟',
  '梁杰',
  '宋佳',
  '郑浩',
  '谢琳',
  '韩冬',
  '唐莉',
  '冯刚',
  '于婷',
  '董亮',
  '萧然',
];

function staffUnit(n: number): string {
  if (n <= 8) return 'cz1';
  if (n <= 15) return 'cz2';
  if (n <= 23) return 'cj1';
  return 'cj2';
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', roles: ['admin'], unit: 'dept' },
  { username: 'trainer', displayName: '培训专员 陈老师', roles: ['trainer'], unit: 'dept' },
  { username: 'manager', displayName: '营销部 孙主任', roles: ['manager'], unit: 'dept' },
  { username: 'manager-cz', displayName: '城中市场经理 钱经理', roles: ['manager'], unit: 'cz' },
  ...STAFF_NAMES.map((displayName, i) => ({
    username: `staff${String(i + 1).padStart(2, '0')}`,
    displayName,
    roles: ['staff'] as Role[],
    unit: staffUnit(i + 1),
  })),
];
