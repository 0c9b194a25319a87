import { describe, expect, it } from 'vitest'
import { offsetChartOption } from './consistency-chart'

describe('the judge offset chart', () => {
  it('draws one bar per judge, a harsh one in red, rounded to two decimals', () => {
    const option = offsetChartOption([
      { name: '王', offset: 2.375 },
      { name: '李', offset: -2.79166 },
    ])
    expect((option.yAxis as { data: string[] }).data).toEqual(['王', '李'])
    const bars = (option.series as Array<{ data: Array<{ value: number; itemStyle: { color: string } }> }>)[0].data
    expect(bars.map((b) => b.value)).toEqual([2.38, -2.79])
    expect(bars[1].itemStyle.color).toBe('#d9534f')
  })
})
