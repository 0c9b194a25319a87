import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { useSessionStore } from '@/modules/identity/stores/session'
import { safeRedirect } from '@/modules/identity/safe-redirect'

/**
 * After a page load the session is restored from the refresh cookie first. Signed-out users go to the
 * login page (and come back afterwards); an account that must choose its own password goes to that
 * page first; users without one of the route's roles see the 403 page instead.
 */
export async function authGuard(to: RouteLocationNormalized): Promise<true | RouteLocationRaw> {
  const session = useSessionStore()

  if (to.meta.public) {
    if (to.name === 'login' && session.isAuthenticated) return safeRedirect(to.query.redirect)
    return true
  }

  if (!session.isAuthenticated && !(await session.restore())) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  }

  if (session.mustChangePassword && to.name !== 'first-password') {
    return { name: 'first-password', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  }
  if (!session.mustChangePassword && to.name === 'first-password') return safeRedirect(to.query.redirect)

  const required = to.meta.roles
  if (required && required.length > 0 && !session.hasRole(...required)) {
    return { name: 'forbidden', query: { from: to.fullPath } }
  }
  return true
}
