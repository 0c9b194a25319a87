import { computed, onMounted, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { DimensionStandingDto } from '@/api/schema'
import { DIMENSIONS, isDimension, type Dimension } from '@/modules/question-bank/question-content'
import * as api from '../api'
import { usePracticeMessages } from '../i18n'

export interface DimensionRow {
  dimension: string
  /** Null before any graded exam touched this subject. */
  percent: number | null
  score: number
  maxScore: number
  /** Only the bank's own subjects can be drawn from; the server files questions without one as '未分类'. */
  practisable: Dimension | null
}

/** The server's standings (weakest first), then every other subject, so any of them can be practised. */
export function dimensionRows(standings: readonly DimensionStandingDto[]): DimensionRow[] {
  const rows: DimensionRow[] = standings.map((s) => ({ ...s, practisable: isDimension(s.dimension) ? s.dimension : null }))
  const seen = new Set(rows.map((r) => r.dimension))
  for (const dimension of DIMENSIONS) {
    if (!seen.has(dimension)) rows.push({ dimension, percent: null, score: 0, maxScore: 0, practisable: dimension })
  }
  return rows
}

/** Below 60 % is failing, below 80 % needs work: the colours the result page's pass line suggests. */
const barColour = (percent: number) => (percent < 60 ? '#c45656' : percent < 80 ? '#b88230' : '#1f6f5c')

/** The practise-by-subject page: where the candidate is weakest, and a round of that subject. */
export function useDimensionStandings() {
  usePracticeMessages()
  const { t } = useI18n()
  const standings = ref<DimensionStandingDto[]>([])
  const loading = ref(true)
  const error = ref<unknown>(null)

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      standings.value = await api.listDimensionStandings()
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  const rows = computed(() => dimensionRows(standings.value))
  const scored = computed(() => rows.value.filter((r): r is DimensionRow & { percent: number } => r.percent !== null))
  const weakest = computed(() => scored.value.find((r) => r.practisable !== null) ?? null)

  /** Horizontal bars, weakest at the top (a category axis is drawn bottom up, hence the reverse). */
  const chart = computed(() => {
    const bars = [...scored.value].reverse()
    return {
      animation: false,
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value' as const, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category' as const, data: bars.map((r) => r.dimension), axisLabel: { width: 96, overflow: 'break' as const } },
      tooltip: { trigger: 'axis' as const },
      series: [
        {
          type: 'bar' as const,
          name: t('practice.dimensions.percent'),
          data: bars.map((r) => ({ value: r.percent, itemStyle: { color: barColour(r.percent) } })),
          label: { show: true, position: 'right' as const, formatter: '{c}%' },
          barMaxWidth: 18,
        },
      ],
    }
  })

  const sessionRoute = (dimension: Dimension) => ({ name: 'practice-session', query: { source: 'dimension', dimension } })

  onMounted(() => void load())

  return { standings, loading, error, load, rows, scored, weakest, chart, sessionRoute }
}
