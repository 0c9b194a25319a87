import type { RouteRecordRaw } from 'vue-router'

export const identityPublicRoutes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('./views/LoginView.vue'),
    meta: { public: true, titleKey: 'login.title' },
  },
  {
    // signed in, but outside the layout: until the password is changed the server refuses everything else
    path: '/first-password',
    name: 'first-password',
    component: () => import('./views/FirstPasswordView.vue'),
    meta: { titleKey: 'firstPassword.title' },
  },
]

/** Pages shown inside the application layout. */
export const identityLayoutRoutes: RouteRecordRaw[] = [
  {
    path: 'users',
    name: 'users',
    component: () => import('./views/UsersView.vue'),
    // Managers see the users of their own scope, read-only; the server enforces the scope.
    meta: { roles: ['admin', 'manager'], titleKey: 'users.title' },
  },
  {
    path: 'units',
    name: 'units',
    component: () => import('./views/UnitsView.vue'),
    meta: { roles: ['admin'], titleKey: 'units.title' },
  },
  {
    path: 'backups',
    name: 'backups',
    component: () => import('./views/BackupsView.vue'),
    meta: { roles: ['admin'], titleKey: 'backups.title' },
  },
  {
    path: 'profile',
    name: 'profile',
    component: () => import('./views/ProfileView.vue'),
    meta: { titleKey: 'profile.title' },
  },
]
