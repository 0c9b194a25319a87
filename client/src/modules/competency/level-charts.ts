import type { EChartsOption } from 'echarts'
import type { DimensionLevelDto, MonthLevelsDto, UnitDimensionDto } from '@/api/schema'
import type { ChartPalette } from './chart-palette'
import { unitLevelStatus, type LevelStatus } from './levels'

/** Levels are shares 0–1; charts read them as percentages with one decimal. */
export const asPercent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10)

const percentLabel = (value: unknown, none: string) => (typeof value === 'number' ? `${value}%` : none)

/** Long dimension names (社交礼仪与沟通) take two lines, so a radar on a phone does not cut them off. */
export const wrapName = (name?: string) => (name && name.length > 4 ? `${name.slice(0, 4)}\n${name.slice(4)}` : (name ?? ''))

const statusColour = (status: LevelStatus, palette: ChartPalette) =>
  status === 'met' ? palette.met : status === 'below' ? palette.below : palette.none

export interface LevelChartLabels {
  level: string
  target: string
  noEvidence: string
}

/**
 * A unit's pooled level per dimension as horizontal bars (the plan's order, top down), green at or
 * above target and red below, with each dimension's target drawn as a tick across its bar.
 */
export function unitLevelsChart(dimensions: readonly UnitDimensionDto[], palette: ChartPalette, labels: LevelChartLabels) {
  const bars = {
    type: 'bar' as const,
    name: labels.level,
    barMaxWidth: 18,
    itemStyle: { color: palette.met },
    data: dimensions.map((d) => ({ value: asPercent(d.level), itemStyle: { color: statusColour(unitLevelStatus(d), palette) } })),
    label: {
      show: true,
      position: 'right' as const,
      formatter: (p: { value?: unknown }) => percentLabel(p.value, labels.noEvidence),
      color: palette.text,
    },
  }
  const ticks = {
    type: 'scatter' as const,
    name: labels.target,
    symbol: 'rect',
    symbolSize: [3, 22],
    itemStyle: { color: palette.target },
    z: 3,
    data: dimensions.map((d) => asPercent(d.target)),
  }
  return {
    animation: false,
    grid: { left: 8, right: 56, top: 28, bottom: 8, containLabel: true },
    // Only the target needs a key: the bars' colours are explained beside the chart (green met, red below).
    legend: { top: 0, data: [labels.target], textStyle: { color: palette.text } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => percentLabel(v, labels.noEvidence) },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 25,
      axisLabel: { formatter: '{value}%', color: palette.text, hideOverlap: true },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: dimensions.map((d) => d.dimension),
      axisLabel: { color: palette.text, width: 96, overflow: 'break' },
    },
    series: [bars, ticks] as [typeof bars, typeof ticks],
  } satisfies EChartsOption
}

/** A person's current level against target on one radar; a dimension without evidence sits at the centre. */
export function levelRadarChart(current: readonly DimensionLevelDto[], palette: ChartPalette, labels: LevelChartLabels) {
  return {
    animation: false,
    legend: { bottom: 0, data: [labels.level, labels.target], textStyle: { color: palette.text } },
    tooltip: { trigger: 'item' },
    radar: {
      radius: '62%',
      center: ['50%', '48%'],
      indicator: current.map((d) => ({ name: d.dimension, max: 100, min: 0 })),
      axisName: { color: palette.text, fontSize: 11, formatter: wrapName },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    series: [
      {
        type: 'radar',
        data: [
          {
            name: labels.level,
            value: current.map((d) => asPercent(d.level) ?? 0),
            itemStyle: { color: palette.primary },
            areaStyle: { opacity: 0.2 },
          },
          {
            name: labels.target,
            value: current.map((d) => asPercent(d.target) ?? 0),
            itemStyle: { color: palette.target },
            lineStyle: { type: 'dashed' },
            symbol: 'none',
          },
        ],
      },
    ],
  } satisfies EChartsOption
}

/** The months from the first one with evidence: a new starter's record does not open on a year of nothing. */
export function fromFirstEvidence(history: readonly MonthLevelsDto[]): MonthLevelsDto[] {
  const first = history.findIndex((m) => m.dimensions.some((d) => d.level !== null))
  return first < 0 ? [] : history.slice(first)
}

/**
 * Month by month, one line per dimension that has any evidence. Months without evidence are gaps in
 * the data, bridged so a dimension examined every other month still reads as one line.
 */
export function levelHistoryChart(
  allMonths: readonly MonthLevelsDto[],
  palette: ChartPalette,
  labels: Pick<LevelChartLabels, 'noEvidence'>,
  options: { maxLines?: number } = {},
) {
  const history = fromFirstEvidence(allMonths)
  const dimensions = [...new Set(history.flatMap((m) => m.dimensions.filter((d) => d.level !== null).map((d) => d.dimension)))]
  const shown = weakestDimensions(history, dimensions, options.maxLines ?? dimensions.length)
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    // Every dimension stays in the legend; only `shown` start drawn, the rest are a tap away.
    legend: {
      type: 'scroll',
      top: 0,
      textStyle: { color: palette.text },
      selected: Object.fromEntries(dimensions.map((d) => [d, shown.has(d)])),
    },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => percentLabel(v, labels.noEvidence) },
    xAxis: { type: 'category', data: history.map((m) => m.month), axisLabel: { color: palette.text } },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { formatter: '{value}%', color: palette.text },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    series: dimensions.map((dimension) => ({
      type: 'line' as const,
      name: dimension,
      connectNulls: true,
      data: history.map((m) => asPercent(m.dimensions.find((d) => d.dimension === dimension)?.level ?? null)),
    })),
  } satisfies EChartsOption
}

/**
 * The `max` dimensions with the lowest latest level: on a phone eight lines are unreadable, and the
 * weakest are the ones to work on.
 */
function weakestDimensions(history: readonly MonthLevelsDto[], dimensions: readonly string[], max: number): Set<string> {
  const latest = (dimension: string) => {
    for (let i = history.length - 1; i >= 0; i--) {
      const level = history[i]?.dimensions.find((d) => d.dimension === dimension)?.level
      if (level !== null && level !== undefined) return level
    }
    return Number.POSITIVE_INFINITY
  }
  return new Set([...dimensions].sort((a, b) => latest(a) - latest(b)).slice(0, max))
}
