import { coachingRoutes } from '@/modules/coaching/routes'
import { createRouter, createWebHistory, type RouterHistory, type RouteRecordRaw } from 'vue-router'
import './route-meta'
import { authGuard } from './auth-guard'
import { homeRoutes } from '@/modules/home/routes'
import { identityLayoutRoutes, identityPublicRoutes } from '@/modules/identity/routes'
import { questionBankRoutes } from '@/modules/question-bank/routes'
import { examFullScreenRoutes, examLayoutRoutes } from '@/modules/exams/routes'
import { practiceRoutes } from '@/modules/practice/routes'
import { examAdminRoutes } from '@/modules/exam-admin/routes'
import { competencyRoutes } from '@/modules/competency/routes'
import { kpiRoutes } from '@/modules/kpi/routes'
import { trainingRoutes } from '@/modules/training/routes'
import { contestFullScreenRoutes, contestRoutes } from '@/modules/contests/routes'
import { reportsRoutes } from '@/modules/reports/routes'

export const routes: RouteRecordRaw[] = [
  ...identityPublicRoutes,
  ...examFullScreenRoutes,
  ...contestFullScreenRoutes,
  {
    path: '/',
    component: () => import('@/layouts/AppLayout.vue'),
    children: [
      ...homeRoutes,
      ...identityLayoutRoutes,
      ...questionBankRoutes,
      ...examLayoutRoutes,
      ...practiceRoutes,
      ...examAdminRoutes,
      ...competencyRoutes,
      ...coachingRoutes,
      ...kpiRoutes,
      ...trainingRoutes,
      ...contestRoutes,
      ...reportsRoutes,
      {
        path: 'forbidden',
        name: 'forbidden',
        component: () => import('@/components/ForbiddenView.vue'),
        meta: { titleKey: 'pages.forbiddenTitle' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/components/NotFoundView.vue'),
        meta: { titleKey: 'pages.notFoundTitle' },
      },
    ],
  },
]

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
  router.beforeEach(authGuard)
  return router
}
