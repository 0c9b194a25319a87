import { onMounted, ref } from 'vue'
import type { UnitDto } from '@/api/schema'
import { listUnits } from '@/modules/identity/api'
import { useSessionStore } from '@/modules/identity/stores/session'
import type { Role } from '@/modules/identity/roles'

/**
 * The server's rule (competency/domain/competency-targets.ts maySetTargets), repeated so the page
 * does not offer fields the server will refuse: an admin, or a manager of a top unit.
 */
export function maySetTargets(
  roles: readonly Role[],
  ownUnitId: string | undefined,
  units: readonly Pick<UnitDto, 'id' | 'parentId'>[],
): boolean {
  if (roles.includes('admin')) return true
  if (!roles.includes('manager') || !ownUnitId) return false
  return units.find((u) => u.id === ownUnitId)?.parentId === null
}

/** Whether the signed-in user may change targets; null until known (the fields wait, read-only). */
export function useMaySetTargets() {
  const session = useSessionStore()
  const may = ref<boolean | null>(null)

  onMounted(async () => {
    try {
      const me = session.me ?? (await session.loadMe())
      may.value = maySetTargets(session.roles, me.unitId, await listUnits())
    } catch {
      // unknown: offer the fields; the server still decides and says why it refuses
      may.value = true
    }
  })

  return { may }
}
