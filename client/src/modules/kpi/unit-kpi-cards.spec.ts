import { describe, expect, it } from 'vitest'
import { definitionsFixture, emptyUnitKpisFixture, unitKpisFixture } from './testing/fixtures'
import { kpiCards, monthIsEmpty } from './unit-kpi-cards'

describe('a unit’s KPI cards', () => {
  const cards = kpiCards(unitKpisFixture().kpis, definitionsFixture(), 'zh-CN')

  it('shows shares as percentages against their target, green when met and red when missed', () => {
    expect(cards[0]).toMatchObject({ name: '经营指导面', value: '62.5%', compare: 'target', compareText: '≥ 60%', tone: 'success', met: 2, reported: 3 })
    expect(cards[1]).toMatchObject({ name: '有效指导率', value: '74%', compareText: '≥ 80%', tone: 'danger' })
  })

  it('says how many guidance cases were verified beside 有效指导率, and that unverified ones are not ineffective', () => {
    expect(cards[1]).toMatchObject({ verified: 50, caption: '按市场经理实地核实的指导计算，未核实的不算无效' })
    expect(cards[0].verified).toBeNull()
  })

  it('shows price per carton in yuan against the same month of last year', () => {
    expect(cards.find((c) => c.code === 'price_per_carton')).toMatchObject({ value: '¥182.40', compare: 'lastYear', compareText: '¥175.00' })
  })

  it('says when last year’s month is missing for price per carton', () => {
    const [card] = kpiCards([{ kpi: 'price_per_carton', numerator: 54720, denominator: 300, value: 182.4, target: null, status: 'no_target', reported: 3, met: 0 }], definitionsFixture(), 'zh-CN')
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
