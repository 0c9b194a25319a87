import { computed, ref, watch } from 'vue'
import type { CoachingActionDto, CoachingMatrixDto, CoachingRowDto, CreateCoachingActionDto, KpiDefinitionDto } from '@/api/schema'
import { useSessionStore } from '@/modules/identity/stores/session'
import { useUnitTree } from '@/modules/identity/composables/use-unit-tree'
import { listKpiDefinitions } from '@/modules/kpi/api'
import { fallbackKind, formatKpiValue, formatPercent, kpiName } from '@/modules/kpi/kpi-values'
import { useTeamQuery } from '@/modules/competency/composables/use-team-query'
import { assignCoachingAction, closeCoachingAction, getCoachingMatrix, listCoachingActions } from '../api'
import { useCoachingI18n } from '../i18n'
import { useTeamStart } from '@/modules/competency/composables/use-team-start'

export type ActionFilter = 'open' | 'closed' | 'all'

/** Seven days from today, the default due date of a new action ('YYYY-MM-DD', the reader's calendar). */
export function defaultDueOn(now = new Date()): string {
  const due = new Date(now.getTime() + 7 * 86_400_000)
  return `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')}`
}

/** The form a manager opens from a row: the suggestion filled in, practice on the weakest subject otherwise. */
export function formFromRow(row: CoachingRowDto, now = new Date()): CreateCoachingActionDto {
  const s = row.suggestion
  const dimension = s.dimension ?? row.weakest[0]?.dimension ?? row.unassessed[0] ?? undefined
  return {
    userId: row.person.userId,
    kind: s.kind === 'training' ? 'training' : 'practice',
    dimension,
    kpi: s.kpi ?? row.kpisOfConcern[0]?.kpi ?? undefined,
    dueOn: defaultDueOn(now),
    note: '',
  }
}

/** 帮扶: the unit's coaching matrix, its actions (open, closed or all), assigning and closing. */
export function useCoaching() {
  const { locale } = useCoachingI18n()
  const session = useSessionStore()
  const { query, thisMonth, update, settle } = useTeamQuery(() => session.me?.unitId ?? null)
  const units = useUnitTree()

  const matrix = ref<CoachingMatrixDto | null>(null)
  const actions = ref<CoachingActionDto[]>([])
  const definitions = ref<KpiDefinitionDto[]>([])
  const filter = ref<ActionFilter>('open')
  const loading = ref(false)
  const error = ref<unknown>(null)

  let ticket = 0
  async function load(): Promise<void> {
    const unitId = query.value.unitId
    if (!unitId) return
    const mine = ++ticket
    loading.value = true
    error.value = null
    try {
      const [m, a, d] = await Promise.all([
        getCoachingMatrix(unitId, query.value.month),
        listCoachingActions(unitId, filter.value === 'all' ? undefined : filter.value),
        definitions.value.length ? definitions.value : listKpiDefinitions(),
      ])
      if (mine !== ticket) return
      matrix.value = m
      actions.value = a
      definitions.value = d
    } catch (failure) {
      if (mine === ticket) error.value = failure
    } finally {
      if (mine === ticket) loading.value = false
    }
  }

  async function assign(form: CreateCoachingActionDto): Promise<void> {
    await assignCoachingAction({ ...form, note: form.note?.trim() || undefined, kpi: form.kpi || undefined })
    await load()
  }

  async function close(actionId: string): Promise<void> {
    await closeCoachingAction(actionId)
    await load()
  }

  const kpiLabel = (code: string) => {
    const d = definitions.value.find((x) => x.code === code)
    return d ? kpiName(d, locale.value) : code
  }
  const kpiValue = (code: string, value: number | null) => {
    const d = definitions.value.find((x) => x.code === code)
    return formatKpiValue(value, d?.kind ?? fallbackKind(code), locale.value)
  }
  const level = (value: number | null) => formatPercent(value, locale.value)

  const unitTree = computed(() => units.tree.value)
  const profileReady = useTeamStart(units, settle)
  watch([profileReady, () => query.value.unitId, () => query.value.month, filter], ([ready]) => ready && void load(), { immediate: true })

  return {
    query,
    thisMonth,
    update,
    unitTree,
    matrix,
    actions,
    definitions,
    filter,
    loading,
    error,
    load,
    assign,
    close,
    kpiLabel,
    kpiValue,
    level,
  }
}
