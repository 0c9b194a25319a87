import { onMounted, ref, type Ref } from 'vue'
import { useSessionStore } from '@/modules/identity/stores/session'

/**
 * A team page may load only once it knows the reader's unit: it loads the unit tree and the profile
 * when mounted, lets the address settle on the default unit, and then says it is ready.
 */
export function useTeamStart(units: { load(): Promise<unknown> }, settle: () => Promise<void>): Ref<boolean> {
  const session = useSessionStore()
  const ready = ref(session.me !== null)
  onMounted(async () => {
    void units.load()
    if (!session.me) {
      try {
        await session.loadMe()
      } catch {
        // Without the profile there is no default unit; a unit in the address still works.
      }
    }
    await settle()
    ready.value = true
  })
  return ready
}
