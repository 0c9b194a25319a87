import type { SubjectKpiPointDto } from '@/api/schema'
import type { ChartPalette } from '@/modules/competency/chart-palette'

export interface SubjectKpiLabels {
  level: string
  kpi: string
}

/** One dot per person: the subject's level (percent) across, the KPI's value up; the name in the tooltip. */
export function subjectKpiChart(
  points: readonly SubjectKpiPointDto[],
  palette: ChartPalette,
  labels: SubjectKpiLabels,
  formatKpi: (value: number) => string,
) {
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item' as const,
      formatter: (p: unknown) => {
        const [level, value, name] = ((p as { data?: unknown }).data ?? []) as [number, number, string]
        return `${name}<br/>${labels.level} ${level}%<br/>${labels.kpi} ${formatKpi(value)}`
      },
    },
    xAxis: {
      type: 'value' as const,
      name: labels.level,
      nameLocation: 'middle' as const,
      nameGap: 24,
      min: 0,
      max: 100,
      axisLabel: { formatter: '{value}%', color: palette.text },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    yAxis: {
      type: 'value' as const,
      name: labels.kpi,
      axisLabel: { formatter: (v: number) => formatKpi(v), color: palette.text },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    series: [
      {
        type: 'scatter' as const,
        symbolSize: 12,
        itemStyle: { color: palette.primary },
        data: points.map((p) => [Math.round(p.level * 1000) / 10, p.value, p.person.displayName]),
      },
    ],
  }
}
