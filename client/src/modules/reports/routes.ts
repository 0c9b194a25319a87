import type { RouteRecordRaw } from 'vue-router'

/** The 考核 page: a unit's monthly scorecard and ranking, the department's weights, the monthly report. */
export const reportsRoutes: RouteRecordRaw[] = [
  {
    path: 'assessment',
    name: 'assessment',
    component: () => import('./views/AssessmentView.vue'),
    meta: { roles: ['trainer', 'manager', 'admin'], titleKey: 'nav.assessment' },
  },
]
