import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fakeServer, json, serverError, type RecordedCall } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { mountAppAt, withSetup } from '@/test/test-app'
import type { Role } from '@/modules/identity/roles'
import type { UnitDto } from '@/api/schema'
import { definitionsFixture, emptyUnitKpisFixture, kpiRow, unitKpisFixture } from '@/modules/kpi/testing/fixtures'
import { emptyUnitCompetencyFixture, UNIT_CZ, UNIT_CZ1, unitCompetencyFixture } from '../testing/fixtures'
import { currentMonth } from '../team-query'
import { useTeamOverview } from './use-team-overview'

const OWN_UNIT = '6f1c1c9e-0000-4000-8000-000000000101'

const units: UnitDto[] = [
  { id: OWN_UNIT, name: '城中客户服务部', parentId: null, path: '城中客户服务部', userCount: 1 },
  { id: UNIT_CZ1, name: '城中一组', parentId: OWN_UNIT, path: '城中客户服务部/城中一组', userCount: 8 },
]

function serve(roles: Role[] = ['manager'], replies: { competency?: Response; kpis?: Response | Response[] } = {}) {
  const user = seedSession(roles, '钱经理')
  const unit = (id: string) => `/competency/units/${id}`
  const kpi = (id: string) => `/kpi/units/${id}`
  return fakeServer({
    'GET /me': json(200, meFor(user)),
    'GET /units': json(200, units),
    'GET /kpi/definitions': json(200, definitionsFixture()),
    [`GET ${unit(OWN_UNIT)}`]: replies.competency ?? json(200, unitCompetencyFixture()),
    [`GET ${unit(UNIT_CZ)}`]: replies.competency ?? json(200, unitCompetencyFixture()),
    [`GET ${kpi(OWN_UNIT)}`]: replies.kpis ?? json(200, unitKpisFixture()),
    [`GET ${kpi(UNIT_CZ)}`]: replies.kpis ?? json(200, unitKpisFixture()),
  })
}

const queryOf = (call: RecordedCall | undefined) => Object.fromEntries(new URL(call?.url ?? '', 'http://x').searchParams)
const callsTo = (calls: RecordedCall[], prefix: string) => calls.filter((c) => c.path.startsWith(prefix))

describe('the team overview (useTeamOverview)', () => {
  it('opens on the reader’s own unit and this month, and puts both in the address', async () => {
    const { calls } = serve()
    const { router, wrapper } = await mountAppAt('/team')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ unit: OWN_UNIT, month: currentMonth() })
    const [levels] = callsTo(calls, '/competency/units/')
    expect(levels?.path).toBe(`/competency/units/${OWN_UNIT}`)
    expect(queryOf(levels)).toEqual({ month: currentMonth(), page: '1', pageSize: '20' })
    expect(queryOf(callsTo(calls, '/kpi/units/')[0])).toMatchObject({ page: '1', pageSize: '200' })
    wrapper.unmount()
  })

  it('shows the unit’s levels, its KPI cards with people met, and its people most gaps first', async () => {
    serve()
    const { wrapper } = await mountAppAt(`/team?unit=${UNIT_CZ}&month=2026-11`)
    await flushPromises()

    expect(wrapper.find('[data-testid="levels-chart"]').exists()).toBe(true)
    const coverage = wrapper.find('[data-testid="kpi-card-guidance_coverage"]')
    expect(coverage.text()).toContain('62.5%')
    expect(coverage.text()).toContain('目标 ≥ 60%')
    expect(coverage.text()).toContain('2/3 人达标')
    expect(coverage.classes()).toContain('kpi-card--success')
    expect(wrapper.find('[data-testid="kpi-card-effective_guidance"]').classes()).toContain('kpi-card--danger')
    expect(wrapper.find('[data-testid="kpi-card-price_per_carton"]').text()).toContain('去年同期 ¥175.00')

    const links = wrapper.findAll('[data-testid="team-person-link"]')
    expect(links.map((l) => l.text())).toEqual(['李秀兰', '王建国', '张伟'])
    expect(links[0]?.attributes('href')).toBe('/team/people/77777777-7777-4777-8777-000000000002?month=2026-11')
    const firstRow = wrapper.find('[data-testid="team-people"] .el-table__body tr').text()
    expect(firstRow).toContain('法律法规')
    expect(firstRow).toContain('V3系统操作')
    wrapper.unmount()
  })

  it('offers a manager to import the month’s KPIs when none were imported, and explains empty records', async () => {
    serve(['manager'], { competency: json(200, emptyUnitCompetencyFixture()), kpis: json(200, emptyUnitKpisFixture()) })
    const { wrapper, router } = await mountAppAt(`/team?unit=${UNIT_CZ}&month=2026-11`)
    await flushPromises()

    expect(wrapper.find('[data-testid="kpi-empty"]').text()).toContain('2026-11 还没有导入指标数据')
    expect(wrapper.find('[data-testid="levels-empty"]').text()).toContain('能力档案随考试阅卷自动累积')
    const importLink = wrapper.find('[data-testid="kpi-import-link"]')
    expect(importLink.attributes('href')).toBe('/kpi/import')
    await importLink.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('kpi-import'), { timeout: 5000 })
    wrapper.unmount()
  })

  it('tells a trainer who imports the KPIs instead of offering a link', async () => {
    serve(['trainer'], { kpis: json(200, emptyUnitKpisFixture()) })
    const { wrapper } = await mountAppAt(`/team?unit=${UNIT_CZ}&month=2026-11`)
    await flushPromises()

    expect(wrapper.find('[data-testid="kpi-import-link"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="kpi-empty"]').text()).toContain('由管理人员从营销系统')
    wrapper.unmount()
  })

  it('keeps the KPIs when the competency part fails, and says what failed', async () => {
    serve(['manager'], { competency: serverError(500, 'not implemented') })
    const { wrapper } = await mountAppAt(`/team?unit=${UNIT_CZ}&month=2026-11`)
    await flushPromises()

    expect(wrapper.text()).toContain('加载失败：not implemented')
    expect(wrapper.find('[data-testid="kpi-cards"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('reloads for another month, from the first page, and writes it into the address', async () => {
    const { calls } = serve()
    const { result, router } = await withSetup(() => useTeamOverview(), { path: `/team?unit=${UNIT_CZ}&month=2026-11&page=2` })
    await flushPromises()

    await result.update({ month: '2026-10' })
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ unit: UNIT_CZ, month: '2026-10' })
    expect(callsTo(calls, '/competency/units/').map((c) => queryOf(c).month)).toEqual(['2026-11', '2026-10'])
    expect(queryOf(callsTo(calls, '/competency/units/')[1]).page).toBe('1')
    expect(callsTo(calls, '/kpi/units/').map((c) => queryOf(c).month)).toEqual(['2026-11', '2026-10'])
  })

  it('pages through the people without reloading the KPIs', async () => {
    const { calls } = serve()
    const { result } = await withSetup(() => useTeamOverview(), { path: `/team?unit=${UNIT_CZ}&month=2026-11` })
    await flushPromises()

    await result.update({ page: 2 })
    await flushPromises()

    expect(callsTo(calls, '/competency/units/').map((c) => queryOf(c).page)).toEqual(['1', '2'])
    expect(callsTo(calls, '/kpi/units/')).toHaveLength(1)
  })

  it('joins the missed KPIs of a unit larger than one KPI page', async () => {
    const first = unitKpisFixture({ total: 201, page: [kpiRow(3, '张伟', 0)] })
    const second = unitKpisFixture({ total: 201, page: [kpiRow(2, '李秀兰', 4)] })
    const { calls } = serve(['manager'], { kpis: [json(200, first), json(200, second)] })
    const { result } = await withSetup(() => useTeamOverview(), { path: `/team?unit=${UNIT_CZ}&month=2026-11` })
    await flushPromises()

    expect(callsTo(calls, '/kpi/units/').map((c) => queryOf(c).page)).toEqual(['1', '2'])
    expect(result.rows.value.map((r) => r.missed)).toEqual([4, null, 0])
  })
})
