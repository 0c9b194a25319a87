import { describe, expect, it } from 'vitest'
import { subjectKpiChart } from './subject-kpi-chart'

const palette = { met: 'g', below: 'r', none: 'n', target: 't', text: 'x', grid: 'y', primary: 'p', accent: 'a' }

describe('the subject-against-KPI picture', () => {
  it('puts each person at their level in percent and their KPI value, named in the tooltip', () => {
    const option = subjectKpiChart(
      [{ person: { userId: 'u', username: 's', displayName: '王建国', unitId: 'x', unitName: 'y' }, level: 0.625, value: 0.5 }],
      palette,
      { level: '日常业务', kpi: '有效指导率' },
      (v) => `${v * 100}%`,
    )
    expect(option.series[0].data).toEqual([[62.5, 0.5, '王建国']])
    expect(option.tooltip.formatter({ data: [62.5, 0.5, '王建国'] })).toBe('王建国<br/>日常业务 62.5%<br/>有效指导率 50%')
  })
})
