import type { RouteRecordRaw } from 'vue-router'

/** 培训计划 for those who plan and follow trainings, 我的培训 and the QR's check-in page for those who attend. */
export const trainingRoutes: RouteRecordRaw[] = [
  {
    // ?unit=<id>&month=YYYY-MM
    path: 'trainings',
    name: 'training-plan',
    component: () => import('./views/TrainingPlanView.vue'),
    meta: { roles: ['trainer', 'manager', 'admin'], titleKey: 'nav.trainingPlan' },
  },
  {
    path: 'trainings/:id',
    name: 'training-session',
    component: () => import('./views/TrainingSessionView.vue'),
    props: true,
    meta: { roles: ['trainer', 'manager', 'admin'], titleKey: 'nav.trainingPlan', navParent: 'training-plan' },
  },
  {
    path: 'me/trainings',
    name: 'my-trainings',
    component: () => import('./views/MyTrainingsView.vue'),
    meta: { titleKey: 'nav.myTrainings' },
  },
  {
    // the QR's address: ?code=<6 digits>; anyone signed in (the server checks they are asked to attend)
    path: 'check-in/:id',
    name: 'check-in',
    component: () => import('./views/CheckInView.vue'),
    props: true,
    meta: { titleKey: 'nav.myTrainings', navParent: 'my-trainings' },
  },
]
