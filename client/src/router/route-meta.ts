import type { Role } from '@/modules/identity/roles'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** Any one of these roles opens the route. */
    roles?: Role[]
    /** i18n key of the page title. */
    titleKey?: string
    /** Route name of the menu item a sub-page belongs to (keeps that item highlighted). */
    navParent?: string
  }
}

export {}
