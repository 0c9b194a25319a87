import type { Router } from 'vue-router'
import { setAuthHooks } from '@/api/http'
import { useSessionStore } from './stores/session'

/** Lets the HTTP wrapper use the session's tokens, and send the user to sign in when they expire. */
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
  })
}
