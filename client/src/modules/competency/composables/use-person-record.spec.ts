import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { fakeServer, json, serverError, type RecordedCall } from '@/test/fake-server'
import { authUser, meFor, seedSession } from '@/test/session-fixtures'
import { mountAppAt, withSetup } from '@/test/test-app'
import type { Role } from '@/modules/identity/roles'
import { definitionsFixture, personKpisFixture } from '@/modules/kpi/testing/fixtures'
import { emptyPersonCompetencyFixture, personCompetencyFixture, personId } from '../testing/fixtures'
import { evidenceLines, evidenceLink, usePersonRecord } from './use-person-record'

const OWN_ID = authUser(['staff']).id

function serve(roles: Role[], userId: string, replies: { competency?: Response; kpis?: Response } = {}) {
  const user = seedSession(roles, '王建国')
  return fakeServer({
    'GET /me': json(200, meFor(user)),
    'GET /kpi/definitions': json(200, definitionsFixture()),
    [`GET /competency/people/${userId}`]: replies.competency ?? json(200, personCompetencyFixture()),
    [`GET /kpi/people/${userId}`]: replies.kpis ?? json(200, personKpisFixture()),
  })
}

const queryOf = (call: RecordedCall | undefined) => Object.fromEntries(new URL(call?.url ?? '', 'http://x').searchParams)

describe('a person’s record (usePersonRecord)', () => {
  it('asks for twelve months up to the month in the address', async () => {
    const { calls } = serve(['manager'], personId(1))
    await mountAppAt(`/team/people/${personId(1)}?month=2026-11`)

    const competency = calls.find((c) => c.path.startsWith('/competency/people/'))
    expect(queryOf(competency)).toEqual({ months: '12', month: '2026-11' })
    expect(queryOf(calls.find((c) => c.path.startsWith('/kpi/people/')))).toEqual({ months: '12', month: '2026-11' })
  })

  it('shows a manager the person’s levels, gaps, KPIs by month, forecast and evidence', async () => {
    serve(['manager'], personId(1))
    const { wrapper, router } = await mountAppAt(`/team/people/${personId(1)}?month=2026-11`)
    await flushPromises()

    expect(wrapper.find('h1').text()).toBe('王建国')
    expect(wrapper.find('[data-testid="record-person"]').text()).toBe('城中一组 · staff01')
    const levels = wrapper.find('[data-testid="level-table"]').text()
    expect(levels).toContain('法律法规')
    expect(levels).toContain('差 25%')
    const table = wrapper.find('[data-testid="kpi-month-table"]')
    expect(table.text()).toContain('经营指导面')
    expect(table.text()).toContain('55%')
    expect(table.findAll('.kpi-month-table__cell--danger').length).toBeGreaterThan(0)
    expect(wrapper.find('[data-testid="forecast"]').text()).toContain('利群(新版)')
    expect(wrapper.find('[data-testid="evidence"]').text()).toContain('2026年11月 月度测验')
    expect(wrapper.find('[data-testid="evidence"]').text()).toContain('日常业务 · 13.5/15 分 · 3 题')
    const back = wrapper.find('[data-testid="record-back"]')
    expect(back.text()).toBe('返回能力与指标')
    await back.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value).toMatchObject({ name: 'team', query: { month: '2026-11' } }), {
      timeout: 5000,
    })
    wrapper.unmount()
  })

  it('shows a customer manager their own record under 我的能力档案', async () => {
    const { calls } = serve(['staff'], OWN_ID)
    const { wrapper } = await mountAppAt('/me/record')
    await flushPromises()

    expect(calls.some((c) => c.path === `/competency/people/${OWN_ID}`)).toBe(true)
    expect(wrapper.find('h1').text()).toBe('我的能力档案')
    expect(wrapper.find('[data-testid="record-person"]').text()).toContain('王建国')
    expect(wrapper.text()).not.toContain('返回能力与指标')
    wrapper.unmount()
  })

  it('explains an empty record instead of drawing empty charts', async () => {
    serve(['staff'], OWN_ID, { competency: json(200, emptyPersonCompetencyFixture()) })
    const { wrapper } = await mountAppAt('/me/record')
    await flushPromises()

    expect(wrapper.find('[data-testid="record-no-evidence"]').text()).toContain('参加考试、由讲师阅卷后')
    expect(wrapper.find('[data-testid="record-radar"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('still shows the competency record when the KPIs cannot be loaded', async () => {
    serve(['staff'], OWN_ID, { kpis: serverError(500, 'not implemented') })
    const { wrapper } = await mountAppAt('/me/record')
    await flushPromises()

    expect(wrapper.text()).toContain('指标数据加载失败：not implemented')
    expect(wrapper.find('[data-testid="level-table"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('keeps the charts’ figures in percent and loads again for another person', async () => {
    const { calls } = serve(['manager'], personId(1))
    const id = ref(personId(1))
    const { result } = await withSetup(() =>
      usePersonRecord(
        () => id.value,
        () => undefined,
      ),
    )
    await flushPromises()

    expect(result.radar.value.series[0].data[0].value.slice(2, 5)).toEqual([50, 60, 90])
    expect(result.radar.value.series[0].data[1].name).toBe('目标')
    expect(result.guidance.value.series[0]?.data).toEqual([55, 65])
    expect(result.guidance.value.series[1]?.name).toBe('经营指导面目标')
    expect(result.forecast.value?.month).toBe('2026-11')
    expect(result.hasKpis.value).toBe(true)

    id.value = personId(2)
    await flushPromises()

    expect(calls.filter((c) => c.path.startsWith('/competency/people/')).map((c) => c.path.split('/').at(-1))).toEqual([
      personId(1),
      personId(2),
    ])
  })

  it('writes evidence with the reader’s date format and points without trailing zeros', () => {
    const [line] = evidenceLines(personCompetencyFixture().recentEvidence, 'zh-CN')
    expect(line).toMatchObject({ title: '2026年11月 月度测验', date: '2026-11-20', points: '10', maxPoints: '20', items: 4 })
  })

  it('links exam evidence to the person’s own result, or to the sitting for a manager, and says what the sitting did not count', () => {
    const [e] = personCompetencyFixture().recentEvidence
    expect(evidenceLink(e, true)).toEqual({ name: 'attempt-result', params: { attemptId: e.sourceId } })
    expect(evidenceLink(e, false)).toEqual({ name: 'sitting', params: { sittingId: e.sourceGroup } })
    expect(evidenceLink({ ...e, sourceKind: 'contest' }, true)).toBeNull()
    const [line] = evidenceLines([{ ...e, makeup: true, countedShare: 0 }], 'zh-CN', false)
    expect(line).toMatchObject({ kind: 'exam', makeup: true, countedShare: 0 })
  })
})
