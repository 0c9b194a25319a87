import { computed, ref, watch } from 'vue'
import type { KpiDefinitionDto, PersonKpiRowDto, UnitCompetencyDto, UnitKpisDto } from '@/api/schema'
import { saveBlob } from '@/composables/save-blob'
import { useSessionStore } from '@/modules/identity/stores/session'
import { useUnitTree } from '@/modules/identity/composables/use-unit-tree'
import { exportUnitKpis, getUnitKpis, listKpiDefinitions, MAX_PAGE_SIZE } from '@/modules/kpi/api'
import { kpiCards, monthIsEmpty } from '@/modules/kpi/unit-kpi-cards'
import { exportUnitCompetency, getUnitCompetency } from '../api'
import { useCompetencyI18n } from '../i18n'
import { chartPalette } from '../chart-palette'
import { unitLevelsChart } from '../level-charts'
import { unitHasEvidence } from '../levels'
import { teamRows } from '../team-rows'
import { useTeamQuery } from './use-team-query'
import { useTeamStart } from './use-team-start'

/** Every person's KPI row of the month, page by page: the table joins them onto the competency page. */
async function allKpiRows(unitId: string, month: string): Promise<{ first: UnitKpisDto; rows: PersonKpiRowDto[] }> {
  const first = await getUnitKpis(unitId, { month, page: 1, pageSize: MAX_PAGE_SIZE })
  const pages = Math.ceil(first.total / MAX_PAGE_SIZE)
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => getUnitKpis(unitId, { month, page: i + 2, pageSize: MAX_PAGE_SIZE })),
  )
  return { first, rows: [first, ...rest].flatMap((page) => page.page) }
}

/** Drops the answer of a request that a newer one has overtaken (the reader changed unit or month meanwhile). */
function latestOnly() {
  let current = 0
  return () => {
    const ticket = ++current
    return () => ticket === current
  }
}

/**
 * 「能力与指标」: one unit and month — pooled levels per dimension, the month's KPIs, and its people.
 * Competency and KPIs load and fail independently; each has its own empty state.
 */
export function useTeamOverview() {
  const { t, locale } = useCompetencyI18n()
  const session = useSessionStore()
  const { query, thisMonth, update, settle } = useTeamQuery(() => session.me?.unitId ?? null)
  const units = useUnitTree()
  const palette = chartPalette()

  const profileReady = useTeamStart(units, settle)
  const definitions = ref<KpiDefinitionDto[]>([])
  const competency = ref<UnitCompetencyDto | null>(null)
  const kpis = ref<UnitKpisDto | null>(null)
  const kpiRows = ref<PersonKpiRowDto[]>([])
  const loadingCompetency = ref(false)
  const loadingKpis = ref(false)
  const competencyError = ref<unknown>(null)
  const kpiError = ref<unknown>(null)
  const exporting = ref<'levels' | 'kpis' | null>(null)

  const canImport = computed(() => session.hasRole('manager', 'admin'))
  const unitId = computed(() => query.value.unitId)
  const unitName = computed(
    () => competency.value?.unitName ?? kpis.value?.unitName ?? units.units.value.find((u) => u.id === unitId.value)?.name ?? '',
  )

  const competencyTicket = latestOnly()
  async function loadCompetency(): Promise<void> {
    const id = unitId.value
    if (!id) return
    const isLatest = competencyTicket()
    loadingCompetency.value = true
    competencyError.value = null
    try {
      const { month, page, pageSize } = query.value
      const result = await getUnitCompetency(id, { month, page, pageSize })
      if (isLatest()) competency.value = result
    } catch (error) {
      if (isLatest()) {
        competency.value = null
        competencyError.value = error
      }
    } finally {
      if (isLatest()) loadingCompetency.value = false
    }
  }

  const kpiTicket = latestOnly()
  async function loadKpis(): Promise<void> {
    const id = unitId.value
    if (!id) return
    const isLatest = kpiTicket()
    loadingKpis.value = true
    kpiError.value = null
    try {
      const [result, defs] = await Promise.all([
        allKpiRows(id, query.value.month),
        definitions.value.length ? definitions.value : listKpiDefinitions(),
      ])
      if (!isLatest()) return
      definitions.value = defs
      kpis.value = result.first
      kpiRows.value = result.rows
    } catch (error) {
      if (isLatest()) {
        kpis.value = null
        kpiRows.value = []
        kpiError.value = error
      }
    } finally {
      if (isLatest()) loadingKpis.value = false
    }
  }

  const rows = computed(() => teamRows(competency.value?.page ?? [], kpiRows.value))
  const chart = computed(() =>
    unitLevelsChart(competency.value?.dimensions ?? [], palette, {
      level: t('competency.team.level'),
      target: t('competency.team.target'),
      noEvidence: t('competency.team.noEvidence'),
    }),
  )
  const noEvidence = computed(() => competency.value !== null && !unitHasEvidence(competency.value.dimensions))
  const cards = computed(() => kpiCards(kpis.value?.kpis ?? [], definitions.value, locale.value))
  const noKpiData = computed(() => kpis.value !== null && monthIsEmpty(kpis.value.kpis))

  async function exportFile(which: 'levels' | 'kpis'): Promise<void> {
    const id = unitId.value
    if (!id || exporting.value) return
    exporting.value = which
    const { month } = query.value
    try {
      const blob = which === 'levels' ? await exportUnitCompetency(id, month) : await exportUnitKpis(id, month)
      saveBlob(blob, `${unitName.value || 'unit'}-${which === 'levels' ? '能力' : '指标'}-${month}.xlsx`)
    } finally {
      exporting.value = null
    }
  }

  // Loads start once the reader's own unit (the default) is known; then on every change of view.
  const month = computed(() => query.value.month)
  const page = computed(() => query.value.page)
  const pageSize = computed(() => query.value.pageSize)
  watch([profileReady, unitId, month], ([ready]) => ready && void loadKpis(), { immediate: true })
  watch([profileReady, unitId, month, page, pageSize], ([ready]) => ready && void loadCompetency(), { immediate: true })

  return {
    query,
    thisMonth,
    update,
    unitTree: units.tree,
    unitName,
    profileReady,
    definitions,
    competency,
    kpis,
    rows,
    chart,
    cards,
    noEvidence,
    noKpiData,
    canImport,
    loadingCompetency,
    loadingKpis,
    competencyError,
    kpiError,
    exporting,
    loadCompetency,
    loadKpis,
    exportFile,
  }
}
