import type { EChartsOption } from 'echarts'

/** A horizontal bar per judge: their mean offset from the panel (left of zero: harsher than the panel). */
export function offsetChartOption(judges: ReadonlyArray<{ name: string; offset: number }>): EChartsOption {
  return {
    grid: { left: 100, right: 24, top: 16, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: judges.map((j) => j.name) },
    series: [
      {
        type: 'bar',
        data: judges.map((j) => ({ value: Math.round(j.offset * 100) / 100, itemStyle: { color: j.offset < 0 ? '#d9534f' : '#3a7bd5' } })),
      },
    ],
  }
}
