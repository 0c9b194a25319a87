import type { RouteRecordRaw } from 'vue-router'

/** 帮扶: a unit's coaching matrix and its actions, a manager's page; its own lazy chunk. */
export const coachingRoutes: RouteRecordRaw[] = [
  {
    // ?unit=<id>&month=YYYY-MM, the same address as 能力与指标
    path: 'team/coaching',
    name: 'team-coaching',
    component: () => import('./views/CoachingView.vue'),
    meta: { roles: ['manager', 'admin'], titleKey: 'nav.coaching', navParent: 'team' },
  },
]
