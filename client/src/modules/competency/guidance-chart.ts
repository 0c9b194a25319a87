import type { EChartsOption } from 'echarts'
import type { KpiDefinitionDto, KpiMonthDto } from '@/api/schema'
import { kpiName } from '@/modules/kpi/kpi-values'
import type { KpiCode } from '@/modules/kpi/api'
import type { ChartPalette } from './chart-palette'
import { asPercent } from './level-charts'

/** The two KPIs the plan sets fixed targets for (60 % and 80 %): the ones training should move. */
export const GUIDANCE_KPIS: readonly KpiCode[] = ['guidance_coverage', 'effective_guidance']

export interface GuidanceChartLabels {
  /** "{kpi} target" */
  targetOf: (kpi: string) => string
  noData: string
}

/**
 * Guidance coverage and effective guidance month by month, each with its target as a dashed line of
 * the same colour. The target is the month's own (it may have changed), else the current one.
 */
export function guidanceChart(
  months: readonly KpiMonthDto[],
  definitions: readonly KpiDefinitionDto[],
  palette: ChartPalette,
  locale: string,
  labels: GuidanceChartLabels,
) {
  const colours = [palette.primary, palette.accent]
  const series = GUIDANCE_KPIS.flatMap((code, i) => {
    const definition = definitions.find((d) => d.code === code)
    const name = definition ? kpiName(definition, locale) : code
    const valueOf = (m: KpiMonthDto) => m.values.find((v) => v.kpi === code)
    const colour = colours[i % colours.length]
    return [
      {
        type: 'line' as const,
        name,
        connectNulls: true,
        itemStyle: { color: colour },
        data: months.map((m) => asPercent(valueOf(m)?.value ?? null)),
      },
      {
        type: 'line' as const,
        name: labels.targetOf(name),
        symbol: 'none',
        itemStyle: { color: colour },
        lineStyle: { type: 'dashed' as const, width: 1 },
        data: months.map((m) => asPercent(valueOf(m)?.target ?? definition?.target ?? null)),
      },
    ]
  })
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    legend: { type: 'scroll', top: 0, textStyle: { color: palette.text } },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : labels.noData) },
    xAxis: { type: 'category', data: months.map((m) => m.month), axisLabel: { color: palette.text } },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { formatter: '{value}%', color: palette.text },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    series,
  } satisfies EChartsOption
}
