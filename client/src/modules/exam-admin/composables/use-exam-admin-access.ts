import { computed } from 'vue'
import type { SittingDto } from '@/api/schema'
import { useSessionStore } from '@/modules/identity/stores/session'

/**
 * Managers read sittings, results and analyses; the server answers 403 to their writes, so the
 * pages do not offer them: no create, make-up, adjustment or key-correction controls. Given a
 * sitting, the server's word on it counts too: a manager (or a trainer who is also one) follows
 * their people's exams set by other units, and may not change those.
 */
export function useExamAdminAccess(sitting?: () => SittingDto | null | undefined) {
  const session = useSessionStore()
  const canManage = computed(() => session.hasRole('trainer', 'admin') && (sitting ? sitting()?.canManage === true : true))
  return { canManage }
}
