import type { RouteRecordRaw } from 'vue-router'

const READERS = ['trainer', 'manager', 'admin'] as const
/** The server also refuses managers below the top unit; the page shows its words. */
const TARGET_SETTERS = ['manager', 'admin'] as const

/**
 * 能力与指标: competency records beside field KPIs. Every page is its own lazy chunk, and so are
 * their texts and ECharts; none of this is imported by the exam pages.
 */
export const competencyRoutes: RouteRecordRaw[] = [
  {
    // ?unit=<id>&month=YYYY-MM&page=&size=, so a view can be shared as a link
    path: 'team',
    name: 'team',
    component: () => import('./views/TeamView.vue'),
    meta: { roles: [...READERS], titleKey: 'nav.team' },
  },
  {
    // ?month=YYYY-MM: the record up to that month
    path: 'team/people/:userId',
    name: 'team-person',
    component: () => import('./views/PersonRecordView.vue'),
    props: true,
    meta: { roles: [...READERS], titleKey: 'pageTitles.person', navParent: 'team' },
  },
  {
    path: 'team/targets',
    name: 'team-targets',
    component: () => import('./views/TargetsView.vue'),
    meta: { roles: [...TARGET_SETTERS], titleKey: 'nav.targets' },
  },
  {
    path: 'me/record',
    name: 'my-record',
    component: () => import('./views/PersonRecordView.vue'),
    meta: { roles: ['staff'], titleKey: 'nav.myRecord' },
  },
]
