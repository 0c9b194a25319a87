import type { Router } from 'vue-router'
import { setAuthHooks } from '@/api/http'
import { useSessionStore } from './stores/session'

/**
 * Lets the HTTP wrapper use the session's access token, send the user to sign in when the session
 * is over, and to the change-password page when the server asks for it (403 password_change_required).
 */
export function bindHttpToSession(router: Router): void {
  const session = useSessionStore()
  setAuthHooks({
    accessToken: () => session.accessToken,
    refresh: () => session.refresh(),
    onAuthLost: () => {
      session.clear()
      const current = router.currentRoute.value
      if (current.name !== 'login') {
        void router.push({ name: 'login', query: { redirect: current.fullPath } })
      }
    },
    onPasswordChangeRequired: () => {
      if (session.user) session.user = { ...session.user, mustChangePassword: true }
      const current = router.currentRoute.value
      if (current.name !== 'first-password') {
        void router.push({ name: 'first-password', query: { redirect: current.fullPath } })
      }
    },
  })
}
