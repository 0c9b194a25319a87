import type { RouteRecordRaw } from 'vue-router'

/** Trainers build papers, schedule and mark; managers (and administrators) read sittings, results and analyses. */
const AUTHORS = ['trainer', 'admin'] as const
const READERS = ['trainer', 'manager', 'admin'] as const

/**
 * Every page is its own lazy chunk, and nothing here is imported by the candidate's exam pages:
 * the exam route must not carry the trainer's side.
 */
export const examAdminRoutes: RouteRecordRaw[] = [
  {
    path: 'papers',
    name: 'papers',
    component: () => import('./views/PapersView.vue'),
    meta: { roles: [...AUTHORS], titleKey: 'nav.papers' },
  },
  {
    path: 'papers/new',
    name: 'paper-new',
    component: () => import('./views/PaperEditorView.vue'),
    meta: { roles: [...AUTHORS], titleKey: 'pageTitles.paperNew', navParent: 'papers' },
  },
  {
    path: 'papers/:paperId',
    name: 'paper',
    component: () => import('./views/PaperDetailView.vue'),
    props: true,
    meta: { roles: [...AUTHORS], titleKey: 'pageTitles.paper', navParent: 'papers' },
  },
  {
    path: 'sittings',
    name: 'sittings',
    component: () => import('./views/SittingsView.vue'),
    meta: { roles: [...READERS], titleKey: 'nav.sittings' },
  },
  {
    path: 'sittings/new',
    name: 'sitting-new',
    component: () => import('./views/SittingEditorView.vue'),
    meta: { roles: [...AUTHORS], titleKey: 'pageTitles.sittingNew', navParent: 'sittings' },
  },
  {
    path: 'sittings/:sittingId',
    name: 'sitting',
    component: () => import('./views/SittingDetailView.vue'),
    props: true,
    meta: { roles: [...READERS], titleKey: 'pageTitles.sitting', navParent: 'sittings' },
  },
  {
    path: 'sittings/:sittingId/analysis',
    name: 'sitting-analysis',
    component: () => import('./views/ItemAnalysisView.vue'),
    props: true,
    meta: { roles: [...READERS], titleKey: 'pageTitles.itemAnalysis', navParent: 'sittings' },
  },
  {
    path: 'grading',
    name: 'grading',
    component: () => import('./views/GradingView.vue'),
    meta: { roles: [...AUTHORS], titleKey: 'nav.grading' },
  },
]
