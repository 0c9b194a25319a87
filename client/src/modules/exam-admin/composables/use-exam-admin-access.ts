import { computed } from 'vue'
import { useSessionStore } from '@/modules/identity/stores/session'

/**
 * Managers read sittings, results and analyses; the server answers 403 to their writes, so the
 * pages do not offer them: no create, make-up, adjustment or key-correction controls.
 */
export function useExamAdminAccess() {
  const session = useSessionStore()
  const canManage = computed(() => session.hasRole('trainer', 'admin'))
  return { canManage }
}
