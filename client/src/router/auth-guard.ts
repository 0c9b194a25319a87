import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { useSessionStore } from '@/modules/identity/stores/session'
import { safeRedirect } from '@/modules/identity/safe-redirect'

/**
 * Signed-out users go to the login page (and come back afterwards);
 * users without one of the route's roles see the 403 page instead.
 */
export function authGuard(to: RouteLocationNormalized): true | RouteLocationRaw {
  const session = useSessionStore()

  if (to.meta.public) {
    if (to.name === 'login' && session.isAuthenticated) return safeRedirect(to.query.redirect)
    return true
  }

  if (!session.isAuthenticated) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  }

  const required = to.meta.roles
  if (required && required.length > 0 && !session.hasRole(...required)) {
    return { name: 'forbidden', query: { from: to.fullPath } }
  }
  return true
}
