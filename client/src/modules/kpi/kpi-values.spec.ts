import { describe, expect, it } from 'vitest'
import { formatKpiTarget, formatKpiValue, formatPercent, formatYuan, kpiName, percentToRate, rateToPercent, statusTone } from './kpi-values'

describe('KPI figures as people read them', () => {
  it('shows shares as percentages with at most one decimal', () => {
    expect(formatPercent(0.6)).toBe('60%')
    expect(formatPercent(0.625)).toBe('62.5%')
    expect(formatPercent(0.66666)).toBe('66.7%')
    expect(formatPercent(1)).toBe('100%')
    expect(formatPercent(0)).toBe('0%')
  })

  it('shows price per carton in yuan with fen', () => {
    expect(formatYuan(182.4)).toBe('¥182.40')
    expect(formatYuan(1234.567)).toBe('¥1,234.57')
  })

  it('shows a dash where there is no figure', () => {
    expect(formatPercent(null)).toBe('—')
    expect(formatYuan(undefined)).toBe('—')
    expect(formatKpiValue(Number.NaN, 'share')).toBe('—')
    expect(formatKpiTarget(null, 'share', 'higher')).toBe('—')
  })

  it('formats by the KPI’s kind', () => {
    expect(formatKpiValue(0.8, 'share')).toBe('80%')
    expect(formatKpiValue(201.5, 'amount')).toBe('¥201.50')
  })

  it('writes a target as at least, or at most for the KPIs the plan wants fewer of', () => {
    expect(formatKpiTarget(0.6, 'share', 'higher')).toBe('≥ 60%')
    expect(formatKpiTarget(0.05, 'share', 'lower')).toBe('≤ 5%')
    expect(formatKpiTarget(180, 'amount', 'higher')).toBe('≥ ¥180.00')
  })

  it('colours met green, missed red and the rest grey', () => {
    expect(statusTone('met')).toBe('success')
    expect(statusTone('missed')).toBe('danger')
    expect(statusTone('no_target')).toBe('info')
    expect(statusTone('no_data')).toBe('info')
  })

  it('edits shares as percentages and sends rates with four decimals', () => {
    expect(rateToPercent(0.6)).toBe(60)
    expect(rateToPercent(0.8125)).toBe(81.25)
    expect(rateToPercent(null)).toBeNull()
    expect(percentToRate(60)).toBe(0.6)
    expect(percentToRate(81.25)).toBe(0.8125)
    // 0.1 + 0.2 style noise does not reach the server
    expect(percentToRate(57.3)).toBe(0.573)
    expect(percentToRate(null)).toBeNull()
  })

  it('names a KPI in the reader’s language', () => {
    const definition = { name: '经营指导面', nameEn: 'Guidance coverage' }
    expect(kpiName(definition, 'zh-CN')).toBe('经营指导面')
    expect(kpiName(definition, 'en')).toBe('Guidance coverage')
  })
})
