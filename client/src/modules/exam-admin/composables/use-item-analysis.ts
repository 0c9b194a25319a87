import { computed, ref } from 'vue'
import type { EChartsOption } from 'echarts'
import { getItemAnalysis } from '../api'
import { isFlagged, stemPreview, type AnalysedItem, type ItemAnalysis } from '../item-analysis'

export interface ChartLabels {
  x: string
  y: string
  flagged: string
  ok: string
}

/** Facility against discrimination, one point per question; flagged ones in red. Items without both figures are left out. */
export function scatterOption(items: readonly AnalysedItem[], labels: ChartLabels): EChartsOption {
  const point = (item: AnalysedItem) => ({
    value: [item.facilityPercent ?? 0, item.discriminationIndex ?? 0],
    name: stemPreview(item.stem, 24),
  })
  const plotted = items.filter((i) => i.facilityPercent !== null && i.discriminationIndex !== null)
  return {
    grid: { left: 48, right: 16, top: 32, bottom: 40 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params
        const value = (p?.value ?? []) as number[]
        return `${p?.name ?? ''}<br>${labels.x}: ${value[0]?.toFixed(1)}<br>${labels.y}: ${value[1]?.toFixed(1)}`
      },
    },
    xAxis: { type: 'value', name: labels.x, nameLocation: 'middle', nameGap: 26, min: 0, max: 100 },
    yAxis: { type: 'value', name: labels.y, min: -100, max: 100 },
    series: [
      {
        name: labels.ok,
        type: 'scatter',
        symbolSize: 10,
        itemStyle: { color: '#1f6f5c' },
        data: plotted.filter((i) => !isFlagged(i)).map(point),
      },
      {
        name: labels.flagged,
        type: 'scatter',
        symbolSize: 12,
        itemStyle: { color: '#d03050' },
        data: plotted.filter(isFlagged).map(point),
      },
    ],
  }
}

/** A sitting's item analysis: test statistics, the per-question table and its flagged rows. */
export function useItemAnalysis(sittingId: () => string) {
  const analysis = ref<ItemAnalysis | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  const onlyFlagged = ref(false)

  const items = computed(() => analysis.value?.items ?? [])
  const flaggedItems = computed(() => items.value.filter(isFlagged))
  const shown = computed(() => (onlyFlagged.value ? flaggedItems.value : items.value))
  const isEmpty = computed(() => analysis.value !== null && analysis.value.test.count === 0)

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      analysis.value = await getItemAnalysis(sittingId())
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  return { analysis, items, flaggedItems, shown, isEmpty, onlyFlagged, loading, error, load }
}
