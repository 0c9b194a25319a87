import { computed, ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { TrainingCalendarDto } from '@/api/schema'
import { useUnitTree } from '@/modules/identity/composables/use-unit-tree'
import { useSessionStore } from '@/modules/identity/stores/session'
import { deleteTraining, getTrainingCalendar } from '../api'
import { cadenceWarning, monthOf, shiftMonth } from '../training-month'

/** The plan page: a unit's month (?unit=&month= in the address, so a view can be shared), its sessions and cadence. */
export function useTrainingPlan(now: () => Date = () => new Date()) {
  const route = useRoute()
  const router = useRouter()
  const session = useSessionStore()
  const units = useUnitTree()
  const calendar = ref<TrainingCalendarDto | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)

  const month = computed(() =>
    typeof route.query.month === 'string' && /^\d{4}-\d{2}$/.test(route.query.month) ? route.query.month : monthOf(now()),
  )
  const unitId = computed(() => (typeof route.query.unit === 'string' ? route.query.unit : (session.me?.unitId ?? '')))
  const warning = computed(() => cadenceWarning(calendar.value))
  const canPlan = computed(() => session.roles.some((r) => r === 'trainer' || r === 'admin'))

  async function load(): Promise<void> {
    if (!unitId.value) return
    loading.value = true
    error.value = null
    try {
      calendar.value = await getTrainingCalendar(unitId.value, month.value)
    } catch (failure) {
      error.value = failure
      calendar.value = null
    } finally {
      loading.value = false
    }
  }

  const go = (query: { unit?: string; month?: string }) =>
    router.replace({ query: { ...route.query, unit: query.unit ?? unitId.value, month: query.month ?? month.value } })

  async function remove(id: string): Promise<void> {
    await deleteTraining(id)
    await load()
  }

  watch([unitId, month], () => void load(), { immediate: true })
  void units.load()
  // the caller's own unit is the default: the profile says which
  if (!session.me) session.loadMe().catch(() => undefined)

  return {
    calendar,
    loading,
    error,
    month,
    unitId,
    warning,
    canPlan,
    unitTree: units.tree,
    load,
    remove,
    chooseUnit: (id: string) => go({ unit: id }),
    previousMonth: () => go({ month: shiftMonth(month.value, -1) }),
    nextMonth: () => go({ month: shiftMonth(month.value, 1) }),
  }
}
