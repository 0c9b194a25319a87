import { computed, ref, watch } from 'vue'
import type { SubjectKpiDto } from '@/api/schema'
import { chartPalette } from '@/modules/competency/chart-palette'
import type { CompetencyDimension } from '@/modules/competency/api'
import { getSubjectKpi } from '../api'
import { useCoachingI18n } from '../i18n'
import { subjectKpiChart } from '../subject-kpi-chart'

/** What the comparison allows one to say: n and r, or plainly that the data is too thin. */
export function subjectKpiSummary(
  data: Pick<SubjectKpiDto, 'n' | 'r' | 'why' | 'minPeople'>,
  t: (key: string, params: Record<string, unknown>) => string,
): string {
  if (data.r !== null) return t('coaching.scatter.result', { n: data.n, r: data.r })
  if (data.why === 'no_spread') return t('coaching.scatter.noSpread', { n: data.n })
  return t('coaching.scatter.tooFew', { n: data.n, min: data.minPeople })
}

/** A subject's level against a KPI across a unit's people, for the picture and its plain summary. */
export function useSubjectKpi(
  unitId: () => string | null,
  month: () => string,
  kpiLabel: (code: string) => string,
  kpiValue: (code: string, value: number) => string,
) {
  const { t } = useCoachingI18n()
  const palette = chartPalette()
  const dimension = ref<CompetencyDimension>('日常业务')
  const kpi = ref('effective_guidance')
  const data = ref<SubjectKpiDto | null>(null)
  const error = ref<unknown>(null)

  let ticket = 0
  async function load(): Promise<void> {
    const unit = unitId()
    if (!unit) return
    const mine = ++ticket
    error.value = null
    try {
      const answer = await getSubjectKpi(unit, dimension.value, kpi.value, month())
      if (mine === ticket) data.value = answer
    } catch (failure) {
      if (mine === ticket) error.value = failure
    }
  }

  const chart = computed(() =>
    subjectKpiChart(data.value?.points ?? [], palette, { level: dimension.value, kpi: kpiLabel(kpi.value) }, (v) => kpiValue(kpi.value, v)),
  )
  const summary = computed(() => (data.value ? subjectKpiSummary(data.value, (key, params) => t(key, params)) : ''))

  watch([unitId, month, dimension, kpi], () => void load(), { immediate: true })
  return { dimension, kpi, data, error, chart, summary, load }
}
