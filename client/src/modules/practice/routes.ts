import type { RouteRecordRaw } from 'vue-router'

/**
 * 错题本 and practice, inside the app layout: untimed and not assessed, so the menu stays in reach.
 * Every page is its own lazy chunk, and so are their texts (see i18n/index.ts); none of this is
 * loaded by the exam page. Titles use keys of the app's catalogue (pageTitles), loaded before these texts.
 */
export const practiceRoutes: RouteRecordRaw[] = [
  {
    path: 'practice',
    name: 'practice',
    component: () => import('./views/WrongBookView.vue'),
    meta: { roles: ['staff'], titleKey: 'pageTitles.wrongBook' },
  },
  {
    path: 'practice/dimensions',
    name: 'practice-dimensions',
    component: () => import('./views/DimensionsView.vue'),
    meta: { roles: ['staff'], titleKey: 'pageTitles.practiceBySubject', navParent: 'practice' },
  },
  {
    // ?source=wrong_book, or ?source=dimension&dimension=法律法规 (the weakest one when absent)
    path: 'practice/session',
    name: 'practice-session',
    component: () => import('./views/PracticeSessionView.vue'),
    meta: { roles: ['staff'], titleKey: 'pageTitles.practiceSession', navParent: 'practice' },
  },
]
