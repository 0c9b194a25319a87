import { describe, expect, it } from 'vitest'
import { chartPalette } from './chart-palette'
import { fromFirstEvidence, levelHistoryChart, levelRadarChart, unitLevelsChart, wrapName } from './level-charts'
import { guidanceChart } from './guidance-chart'
import { DIMENSIONS, dimensionLevel, personCompetencyFixture, unitCompetencyFixture } from './testing/fixtures'
import { definitionsFixture, personKpisFixture } from '@/modules/kpi/testing/fixtures'

const palette = chartPalette(() => '')
const labels = { level: '能力水平', target: '目标', noEvidence: '暂无成绩' }

describe('the unit’s levels chart', () => {
  const option = unitLevelsChart(unitCompetencyFixture().dimensions, palette, labels)
  const [bars, ticks] = option.series

  it('has one bar per dimension in the plan’s order, top down, in percent', () => {
    expect(option.yAxis.data.slice(0, 3)).toEqual(['行业政策', '供货政策', '法律法规'])
    expect(option.yAxis.inverse).toBe(true)
    expect(bars.data.slice(2, 5).map((d) => d.value)).toEqual([62, 80, 78])
  })

  it('colours bars at or above target green, below red, without evidence grey', () => {
    expect(bars.data[2]?.itemStyle.color).toBe(palette.below)
    expect(bars.data[3]?.itemStyle.color).toBe(palette.met)
    expect(bars.data[0]?.itemStyle.color).toBe(palette.none)
    expect(bars.data[0]?.value).toBeNull()
  })

  it('marks each dimension’s target as a tick', () => {
    expect(ticks.type).toBe('scatter')
    expect(ticks.name).toBe('目标')
    expect(option.legend.data).toEqual(['目标'])
    expect(ticks.data[0]).toBe(75)
  })

  it('reads percentages in the tooltip and says when there is no evidence', () => {
    expect(option.tooltip.valueFormatter(62)).toBe('62%')
    expect(option.tooltip.valueFormatter(null)).toBe('暂无成绩')
  })
})

describe('a person’s radar and history', () => {
  it('draws current level against target on the radar, no evidence at the centre', () => {
    const option = levelRadarChart(personCompetencyFixture().current, palette, labels)
    const [level, target] = option.series[0].data

    expect(option.radar.indicator).toHaveLength(8)
    expect(level.value.slice(2, 5)).toEqual([50, 60, 90])
    expect(level.value[0]).toBe(0)
    expect(target.value.every((v) => v === 75)).toBe(true)
  })

  it('breaks long dimension names on the radar so a phone does not cut them off', () => {
    expect(wrapName('社交礼仪与沟通')).toBe('社交礼仪\n与沟通')
    expect(wrapName('法律法规')).toBe('法律法规')
  })

  it('starts the history at the first month with evidence', () => {
    const history = [{ month: '2026-08', dimensions: DIMENSIONS.map((d) => dimensionLevel(d, null)) }, ...personCompetencyFixture().history]
    expect(fromFirstEvidence(history)[0]?.month).toBe('2026-09')
    expect(levelHistoryChart(history, palette, labels).xAxis.data[0]).toBe('2026-09')
    expect(fromFirstEvidence(history.slice(0, 1))).toEqual([])
  })

  it('draws a line per dimension that has evidence, month by month, bridging empty months', () => {
    const option = levelHistoryChart(personCompetencyFixture().history, palette, labels)

    expect(option.xAxis.data).toEqual(['2026-09', '2026-10', '2026-11'])
    expect(option.series.map((s) => s.name)).toEqual(['法律法规', 'V3系统操作', '日常业务'])
    expect(option.series[0]?.data).toEqual([40, null, 50])
    expect(option.series[0]?.connectNulls).toBe(true)
    expect(Object.values(option.legend.selected).every(Boolean)).toBe(true)
  })

  it('draws only the weakest dimensions on a phone and keeps the others one legend tap away', () => {
    const option = levelHistoryChart(personCompetencyFixture().history, palette, labels, { maxLines: 2 })

    expect(option.series).toHaveLength(3)
    const latest = Object.fromEntries(option.series.map((s) => [s.name, s.data.filter((v): v is number => v !== null).at(-1)]))
    const drawn = Object.entries(option.legend.selected)
      .filter(([, on]) => on)
      .map(([name]) => name)
    const hidden = Object.entries(option.legend.selected)
      .filter(([, on]) => !on)
      .map(([name]) => name)
    expect(drawn).toHaveLength(2)
    expect(hidden).toHaveLength(1)
    expect(Math.max(...drawn.map((d) => latest[d] ?? 0))).toBeLessThanOrEqual(latest[hidden[0]] ?? 0)
  })
})

describe('the guidance chart', () => {
  it('draws coverage and effective guidance with their targets as dashed lines', () => {
    const option = guidanceChart(personKpisFixture().months, definitionsFixture(), palette, 'zh-CN', {
      targetOf: (kpi) => `${kpi}目标`,
      noData: '无数据',
    })

    expect(option.series.map((s) => s.name)).toEqual(['经营指导面', '经营指导面目标', '有效指导率', '有效指导率目标'])
    expect(option.series[0]?.data).toEqual([null, 55, 65])
    // The month without data still shows the target, from the definition.
    expect(option.series[1]?.data).toEqual([60, 60, 60])
    expect(option.series[3]?.lineStyle?.type).toBe('dashed')
    expect(option.series[0]?.itemStyle.color).toBe(option.series[1]?.itemStyle.color)
  })
})
