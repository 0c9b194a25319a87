import { computed, ref, watch } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import type { EvidenceDto, KpiDefinitionDto, PersonCompetencyDto, PersonKpisDto } from '@/api/schema'
import { formatDate, formatNumber } from '@/composables/format'
import { getPersonKpis, listKpiDefinitions } from '@/modules/kpi/api'
import { latestForecast } from '@/modules/kpi/forecast'
import { fromFirstFigures, hasKpiData, kpiMonthRows } from '@/modules/kpi/kpi-month-table'
import { getPersonCompetency } from '../api'
import { useCompetencyI18n } from '../i18n'
import { chartPalette } from '../chart-palette'
import { guidanceChart } from '../guidance-chart'
import { levelHistoryChart, levelRadarChart } from '../level-charts'
import { useIsPhone } from '@/composables/use-media-query'
import { personHasEvidence } from '../levels'

/** Lines a phone draws at once in the level history; the rest wait in the legend. */
const PHONE_CHART_LINES = 3

/** Twelve months: the plan runs by half-years, and a year shows the same month last year. */
export const HISTORY_MONTHS = 12

export interface EvidenceLine {
  key: string
  kind: EvidenceDto['sourceKind']
  makeup: boolean
  /** 1: counted in full; 0: an attempt the sitting's grading method leaves out; between: averaged. */
  countedShare: number
  /** Where the source opens: the person's own attempt result, or the sitting for those who read it. */
  link: RouteLocationRaw | null
  title: string
  date: string
  dimension: string
  points: string
  maxPoints: string
  items: number
}

export function evidenceLines(evidence: readonly EvidenceDto[], locale: string, own = true): EvidenceLine[] {
  return evidence.map((e, i) => ({
    key: `${e.occurredAt}-${e.dimension}-${i}`,
    kind: e.sourceKind,
    makeup: e.makeup,
    countedShare: e.countedShare,
    link: evidenceLink(e, own),
    title: e.sourceTitle,
    date: formatDate(e.occurredAt),
    dimension: e.dimension,
    points: formatNumber(e.points, locale),
    maxPoints: formatNumber(e.maxPoints, locale),
    items: e.items,
  }))
}

/** Exams are the only sources with a page today; trainings and contests will add theirs. */
export function evidenceLink(e: Pick<EvidenceDto, 'sourceKind' | 'sourceId' | 'sourceGroup'>, own: boolean): RouteLocationRaw | null {
  if (e.sourceKind !== 'exam') return null
  if (own) return { name: 'attempt-result', params: { attemptId: e.sourceId } }
  return e.sourceGroup ? { name: 'sitting', params: { sittingId: e.sourceGroup } } : null
}

/**
 * One person's record: competency levels (now and month by month) beside their field KPIs, up to
 * `month` (the current month when absent). The two halves load and fail on their own.
 */
export function usePersonRecord(userId: () => string | null, month: () => string | undefined, own: () => boolean = () => true) {
  const { t, locale } = useCompetencyI18n()
  const palette = chartPalette()

  const competency = ref<PersonCompetencyDto | null>(null)
  const kpis = ref<PersonKpisDto | null>(null)
  const definitions = ref<KpiDefinitionDto[]>([])
  const loading = ref(false)
  const competencyError = ref<unknown>(null)
  const kpiError = ref<unknown>(null)

  let current = 0
  async function load(): Promise<void> {
    const id = userId()
    if (!id) return
    const ticket = ++current
    loading.value = true
    competencyError.value = null
    kpiError.value = null
    const query = { months: HISTORY_MONTHS, month: month() }
    const [c, k, d] = await Promise.allSettled([
      getPersonCompetency(id, query),
      getPersonKpis(id, query),
      definitions.value.length ? definitions.value : listKpiDefinitions(),
    ])
    if (ticket !== current) return
    competency.value = c.status === 'fulfilled' ? c.value : null
    competencyError.value = c.status === 'rejected' ? c.reason : null
    kpis.value = k.status === 'fulfilled' ? k.value : null
    // Without the definitions the KPI table still reads (by code); only the names are missing.
    kpiError.value = k.status === 'rejected' ? k.reason : null
    if (d.status === 'fulfilled') definitions.value = d.value
    loading.value = false
  }

  const person = computed(() => competency.value?.person ?? kpis.value?.person ?? null)
  const lastMonth = computed(() => competency.value?.history.at(-1)?.month ?? kpis.value?.months.at(-1)?.month ?? month() ?? '')
  const levelLabels = computed(() => ({
    level: t('competency.team.level'),
    target: t('competency.team.target'),
    noEvidence: t('competency.team.noEvidence'),
  }))

  const hasEvidence = computed(() => competency.value !== null && personHasEvidence(competency.value.current))
  const radar = computed(() => levelRadarChart(competency.value?.current ?? [], palette, levelLabels.value))
  const isPhone = useIsPhone()
  const history = computed(() =>
    levelHistoryChart(competency.value?.history ?? [], palette, levelLabels.value, {
      maxLines: isPhone.value ? PHONE_CHART_LINES : undefined,
    }),
  )
  const evidence = computed(() => evidenceLines(competency.value?.recentEvidence ?? [], locale.value, own()))
  const examOnly = computed(() => competency.value?.basis !== 'mixed')

  const kpiMonths = computed(() => fromFirstFigures(kpis.value?.months ?? []))
  const hasKpis = computed(() => hasKpiData(kpiMonths.value))
  const kpiWindow = computed(() => kpis.value?.months.length ?? HISTORY_MONTHS)
  const kpiRows = computed(() => kpiMonthRows(kpiMonths.value, definitions.value, locale.value))
  const guidance = computed(() =>
    guidanceChart(kpiMonths.value, definitions.value, palette, locale.value, {
      targetOf: (kpi) => t('competency.person.targetOf', { kpi }),
      noData: t('kpi.status.no_data'),
    }),
  )
  const forecast = computed(() => latestForecast(kpiMonths.value))

  watch([userId, month], () => void load(), { immediate: true })

  return {
    competency,
    kpis,
    definitions,
    loading,
    competencyError,
    kpiError,
    person,
    lastMonth,
    hasEvidence,
    radar,
    history,
    evidence,
    examOnly,
    kpiMonths,
    kpiWindow,
    hasKpis,
    kpiRows,
    guidance,
    forecast,
    load,
  }
}
