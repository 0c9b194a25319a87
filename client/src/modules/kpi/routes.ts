import type { RouteRecordRaw } from 'vue-router'

/**
 * Importing the month's field KPIs. Its own lazy chunk (texts included, see i18n/index.ts); nothing
 * here is imported by the exam pages. The targets sit with the competency targets on /team/targets.
 */
export const kpiRoutes: RouteRecordRaw[] = [
  {
    path: 'kpi/import',
    name: 'kpi-import',
    component: () => import('./views/KpiImportView.vue'),
    meta: { roles: ['manager', 'admin'], titleKey: 'nav.kpiImport' },
  },
  {
    path: 'kpi/brands',
    name: 'kpi-brands',
    component: () => import('./views/KpiBrandListView.vue'),
    meta: { roles: ['trainer', 'manager', 'admin'], titleKey: 'nav.kpiBrands' },
  },
]
