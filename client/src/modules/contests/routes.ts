import type { RouteRecordRaw } from 'vue-router'

const READERS = ['trainer', 'manager', 'admin'] as const

/** 竞赛: the contest list, a speech contest's console and the judges' phones; each page its own lazy chunk. */
export const contestRoutes: RouteRecordRaw[] = [
  {
    path: 'contests',
    name: 'contests',
    component: () => import('./views/ContestsView.vue'),
    meta: { roles: [...READERS], titleKey: 'nav.contests' },
  },
  {
    path: 'contests/:id/speech',
    name: 'contest-speech',
    component: () => import('./views/SpeechHostView.vue'),
    props: true,
    meta: { roles: [...READERS], titleKey: 'nav.contests', navParent: 'contests' },
  },
  {
    // a judge may be anyone the host picked: the server answers 404 to whoever is not on the panel
    path: 'judging',
    name: 'judging',
    component: () => import('./views/JudgingListView.vue'),
    meta: { titleKey: 'nav.judging' },
  },
  {
    path: 'judging/:id',
    name: 'contest-judge',
    component: () => import('./views/JudgeView.vue'),
    props: true,
    meta: { titleKey: 'nav.judging', navParent: 'judging' },
  },
]

/** The projector's page, without the app's menu. */
export const contestFullScreenRoutes: RouteRecordRaw[] = [
  {
    path: '/contests/:id/screen',
    name: 'contest-screen',
    component: () => import('./views/BigScreenView.vue'),
    props: true,
    meta: { roles: [...READERS], titleKey: 'nav.contests' },
  },
]
