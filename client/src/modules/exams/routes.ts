import type { RouteRecordRaw } from 'vue-router'

/** My exams and the result page live in the app layout, with its menu. */
export const examLayoutRoutes: RouteRecordRaw[] = [
  {
    path: 'exams',
    name: 'my-exams',
    component: () => import('./views/MyExamsView.vue'),
    meta: { roles: ['staff'], titleKey: 'exams.title' },
  },
  {
    path: 'attempts/:attemptId/result',
    name: 'attempt-result',
    component: () => import('./views/AttemptResultView.vue'),
    props: true,
    meta: { roles: ['staff'], titleKey: 'exams.result.title', navParent: 'my-exams' },
  },
]

/**
 * The exam page is full screen, outside the layout: nothing to wander off into mid-exam, and a
 * phone on a weak network does not download the menu, drawer and dropdowns (~60 kB gzip) first.
 */
export const examFullScreenRoutes: RouteRecordRaw[] = [
  {
    path: '/attempts/:attemptId',
    name: 'attempt',
    component: () => import('./views/AttemptView.vue'),
    props: true,
    meta: { roles: ['staff'], titleKey: 'pageTitles.attempt' },
  },
]
