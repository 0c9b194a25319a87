import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { mountAppAt, withSetup } from '@/test/test-app'
import { competencyTargetsFixture } from '@/modules/competency/testing/fixtures'
import { definitionsFixture } from '../testing/fixtures'
import { changedTargets, targetRows, useKpiTargets } from './use-kpi-targets'

function serve(put: Response = json(200, definitionsFixture())) {
  const user = seedSession(['manager'])
  return fakeServer({
    'GET /me': json(200, meFor(user)),
    'GET /kpi/definitions': json(200, definitionsFixture()),
    'PUT /kpi/targets': put,
    'GET /competency/targets': json(200, competencyTargetsFixture()),
  })
}

describe('KPI targets (useKpiTargets)', () => {
  it('edits shares as percentages, sends rates, and can remove a target', () => {
    const rows = targetRows(definitionsFixture())
    const coverage = rows[0]
    const awareness = rows[2]
    expect(coverage).toMatchObject({ code: 'guidance_coverage', input: 60, planDefault: 60 })

    if (coverage) coverage.input = 65
    if (awareness) awareness.input = 90
    expect(changedTargets(rows)).toEqual([
      { kpi: 'guidance_coverage', target: 0.65 },
      { kpi: 'awareness', target: 0.9 },
    ])

    if (coverage) coverage.input = null
    expect(changedTargets(rows)[0]).toEqual({ kpi: 'guidance_coverage', target: null })
  })

  it('sends price per carton’s rise on last year in 元/条, or in % as a fraction, and never a target for volume', () => {
    const rows = targetRows(definitionsFixture())
    const price = rows.find((r) => r.code === 'price_per_carton')
    const volume = rows.find((r) => r.code === 'sales_volume')
    expect(price).toMatchObject({ input: 0, unit: 'yuan' })
    if (volume) volume.input = 200
    expect(changedTargets(rows)).toEqual([])
    if (price) price.input = 5
    expect(changedTargets(rows)).toEqual([{ kpi: 'price_per_carton', target: 5, unit: 'yuan' }])
    if (price) {
      price.input = 3
      price.unit = 'percent'
    }
    expect(changedTargets(rows)).toEqual([{ kpi: 'price_per_carton', target: 0.03, unit: 'percent' }])
  })

  it('restores the plan’s default', async () => {
    serve()
    const { result } = await withSetup(() => useKpiTargets())
    await flushPromises()
    const row = result.rows.value[1]
    if (!row) throw new Error('no row')
    row.input = 50
    expect(result.dirty.value).toBe(true)

    result.restoreDefault(row)

    expect(row.input).toBe(80)
    expect(result.dirty.value).toBe(false)
  })

  it('shows the server’s 403 in its own words and keeps the edit', async () => {
    const { calls } = serve(serverError(403, '只有营销部领导或系统管理员可以修改指标目标'))
    const { result } = await withSetup(() => useKpiTargets())
    await flushPromises()
    const row = result.rows.value[0]
    if (row) row.input = 70

    expect(await result.save()).toBe(false)

    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ targets: [{ kpi: 'guidance_coverage', target: 0.7 }] })
    expect(result.forbidden.value).toBe(true)
    expect(result.failure.value).toBe('只有营销部领导或系统管理员可以修改指标目标')
    expect(result.rows.value[0]?.input).toBe(70)
  })

  it('shows both target forms on the targets page, with the plan’s defaults', async () => {
    serve()
    const { wrapper } = await mountAppAt('/team/targets')
    await flushPromises()

    const kpis = wrapper.find('[data-testid="kpi-targets"]').text()
    expect(kpis).toContain('经营指导面')
    expect(kpis).toContain('不低于')
    expect(kpis).toContain('与去年同期比较')
    expect(kpis).toContain('较去年同月至少增长')
    expect(kpis).toContain('有增长即可')
    expect(wrapper.find('[data-testid="competency-targets"]').text()).toContain('社交礼仪与沟通')
    expect(wrapper.find('[data-testid="kpi-targets-save"]').attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })
})
