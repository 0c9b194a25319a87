import { describe, expect, it } from 'vitest'
import { definitionsFixture, emptyUnitKpisFixture, unitKpisFixture } from './testing/fixtures'
import { kpiCards, monthIsEmpty } from './unit-kpi-cards'

describe('a unit’s KPI cards', () => {
  const cards = kpiCards(unitKpisFixture().kpis, definitionsFixture(), 'zh-CN')

  it('shows shares as percentages against their target, green when met and red when missed', () => {
    expect(cards[0]).toMatchObject({
      name: '经营指导面',
      value: '62.5%',
      compare: 'target',
      compareText: '≥ 60%',
      tone: 'success',
      met: 2,
      reported: 3,
    })
    expect(cards[1]).toMatchObject({ name: '有效指导率', value: '74%', compareText: '≥ 80%', tone: 'danger' })
  })

  it('says how many guidance cases were verified beside 有效指导率, and that unverified ones are not ineffective', () => {
    expect(cards[1]).toMatchObject({ verified: 50, caption: '按市场经理实地核实的指导计算，未核实的不算无效' })
    expect(cards[0].verified).toBeNull()
  })

  it('shows price per carton in yuan against the same month of last year', () => {
    expect(cards.find((c) => c.code === 'price_per_carton')).toMatchObject({
      value: '¥182.40',
      compare: 'lastYear',
      compareText: '¥175.00',
    })
  })

  it('says what rise on last year the department requires of price per carton, if any', () => {
    expect(cards.find((c) => c.code === 'price_per_carton')?.rise).toBeNull()
    const definitions = definitionsFixture().map((d) => (d.code === 'price_per_carton' ? { ...d, target: 5 } : d))
    expect(kpiCards(unitKpisFixture().kpis, definitions, 'zh-CN').find((c) => c.code === 'price_per_carton')?.rise).toBe('+¥5.00')
    const percent = definitionsFixture().map((d) =>
      d.code === 'price_per_carton' ? { ...d, target: 0.03, targetUnit: 'percent' as const } : d,
    )
    expect(kpiCards(unitKpisFixture().kpis, percent, 'zh-CN').find((c) => c.code === 'price_per_carton')?.rise).toBe('+3%')
  })

  it('shows volume in whole cartons and an information-only KPI in grey', () => {
    const [volume, info] = kpiCards(
      [
        { kpi: 'sales_volume', numerator: 12345, denominator: 12000, value: 12345, target: 12000, status: 'met', reported: 3, met: 2 },
        { kpi: 'quota_underused', numerator: 5, denominator: 50, value: 0.1, target: null, status: 'info', reported: 3, met: 0 },
      ],
      definitionsFixture(),
      'zh-CN',
    )
    expect(volume).toMatchObject({ value: '12,345', compare: 'lastYear', compareText: '12,000', tone: 'success' })
    expect(info).toMatchObject({ value: '10%', tone: 'info' })
  })

  it('judges 经营指导面 year to date against its pace and names the full-year target beside it', () => {
    const [card] = kpiCards(
      [{ kpi: 'guidance_coverage_ytd', numerator: 40, denominator: 100, value: 0.4, target: 0.45, status: 'missed', reported: 3, met: 1 }],
      definitionsFixture(),
      'zh-CN',
    )
    expect(card).toMatchObject({ paced: true, compareText: '≥ 45%', yearTarget: '≥ 60%', tone: 'danger' })
  })

  it('says when last year’s month is missing for price per carton', () => {
    const [card] = kpiCards(
      [
        {
          kpi: 'price_per_carton',
          numerator: 54720,
          denominator: 300,
          value: 182.4,
          target: null,
          status: 'no_target',
          reported: 3,
          met: 0,
        },
      ],
      definitionsFixture(),
      'zh-CN',
    )
    expect(card).toMatchObject({ compare: 'noLastYear', tone: 'info' })
  })

  it('greys a KPI without data', () => {
    expect(cards.find((c) => c.code === 'awareness')).toMatchObject({ value: '—', compare: 'none', tone: 'info' })
  })

  it('knows a month nobody has imported yet', () => {
    expect(monthIsEmpty(emptyUnitKpisFixture().kpis)).toBe(true)
    expect(monthIsEmpty(unitKpisFixture().kpis)).toBe(false)
  })
})
