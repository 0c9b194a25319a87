import { describe, expect, it } from 'vitest'
import { definitionsFixture, kpiMonth, personKpisFixture } from './testing/fixtures'
import { fromFirstFigures, hasKpiData, kpiMonthRows } from './kpi-month-table'
import { latestForecast } from './forecast'

describe('a person’s KPIs month by month', () => {
  it('has one row per KPI in the plan’s order and one column per month, oldest first', () => {
    const rows = kpiMonthRows(personKpisFixture().months, definitionsFixture(), 'zh-CN')

    expect(rows.map((r) => r.name).slice(0, 3)).toEqual(['经营指导面', '有效指导率', '知晓率'])
    expect(rows).toHaveLength(12)
    const coverage = rows[0]
    expect(coverage?.cells.map((c) => c.month)).toEqual(['2026-09', '2026-10', '2026-11'])
    expect(coverage?.cells.map((c) => c.status)).toEqual(['no_data', 'missed', 'met'])
    expect(rows.find((r) => r.code === 'price_per_carton')).toMatchObject({ kind: 'amount', yearOnYear: true })
  })

  it('says beside 总量使用偏少 that the plan sets no lower limit, so it is information and not a failure', () => {
    const rows = kpiMonthRows(personKpisFixture().months, definitionsFixture(), 'zh-CN')
    expect(rows.find((r) => r.code === 'quota_underused')?.caption).toContain('不得规定销量下限')
    expect(rows.find((r) => r.code === 'awareness')?.caption).toBeNull()
  })

  it('names the KPIs in English for an English reader', () => {
    const rows = kpiMonthRows(personKpisFixture().months, definitionsFixture(), 'en')
    expect(rows[0]?.name).toBe('Guidance coverage')
  })

  it('still reads yuan as yuan when the definitions could not be loaded', () => {
    const rows = kpiMonthRows(personKpisFixture().months, [], 'zh-CN')
    expect(rows.find((r) => r.code === 'price_per_carton')?.kind).toBe('amount')
    expect(rows.find((r) => r.code === 'guidance_coverage')?.kind).toBe('share')
  })

  it('knows a history without any imported figure', () => {
    const month = kpiMonth('2026-11', null, null)
    month.values = month.values.map((v) => ({ ...v, value: null, status: 'no_data' }))
    expect(hasKpiData([month])).toBe(false)
    expect(hasKpiData(personKpisFixture().months)).toBe(true)
  })
})

describe('the months worth showing', () => {
  it('start at the first month with any figure', () => {
    expect(fromFirstFigures(personKpisFixture().months).map((m) => m.month)).toEqual(['2026-10', '2026-11'])
  })

  it('are none when nothing was ever imported', () => {
    const empty = kpiMonth('2026-11', null, null)
    empty.values = empty.values.map((v) => ({ ...v, status: 'no_data' }))
    expect(fromFirstFigures([empty])).toEqual([])
  })
})

describe('forecast accuracy per brand', () => {
  it('takes the newest month with forecasts and lists the key brands first, the heaviest first', () => {
    const forecast = latestForecast(personKpisFixture().months)

    expect(forecast?.month).toBe('2026-11')
    expect(forecast?.keyBrands).toBe(0.93)
    expect(forecast?.newBrands).toBe(0.9)
    expect(forecast?.brands.map((b) => b.brand)).toEqual(['利群(新版)', '芙蓉王(硬)', '云烟(紫)'])
  })

  it('is absent when no forecast was imported', () => {
    expect(latestForecast([kpiMonth('2026-11', 0.6, 0.8)])).toBeNull()
  })
})
