import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { withSetup } from '@/test/test-app'
import { competencyTargetsFixture } from '../testing/fixtures'
import { changedCompetencyTargets, competencyTargetRows, useCompetencyTargets } from './use-competency-targets'

function serve(put: Response) {
  const user = seedSession(['manager'])
  return fakeServer({
    'GET /me': json(200, meFor(user)),
    'GET /competency/targets': json(200, competencyTargetsFixture()),
    'PUT /competency/targets': put,
  })
}

describe('competency targets (useCompetencyTargets)', () => {
  it('edits shares as percentages and sends only the changed dimensions', () => {
    const rows = competencyTargetRows(competencyTargetsFixture())
    expect(rows.find((r) => r.dimension === '法律法规')).toMatchObject({ input: 80, isDefault: false })

    const legal = rows.find((r) => r.dimension === '法律法规')
    if (legal) legal.input = 72.5
    const policy = rows.find((r) => r.dimension === '行业政策')
    if (policy) policy.input = null

    expect(changedCompetencyTargets(rows)).toEqual([{ dimension: '法律法规', target: 0.725 }])
  })

  it('saves and shows what the server kept', async () => {
    const saved = competencyTargetsFixture().map((t) => (t.dimension === '营销知识' ? { ...t, target: 0.7, isDefault: false } : t))
    const { calls } = serve(json(200, saved))
    const { result } = await withSetup(() => useCompetencyTargets())
    await flushPromises()
    const row = result.rows.value.find((r) => r.dimension === '营销知识')
    if (row) row.input = 70

    expect(await result.save()).toBe(true)

    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ targets: [{ dimension: '营销知识', target: 0.7 }] })
    expect(result.rows.value.find((r) => r.dimension === '营销知识')).toMatchObject({ input: 70, isDefault: false })
    expect(result.dirty.value).toBe(false)
  })

  it('shows the server’s refusal to a manager below the top unit, in its words', async () => {
    serve(serverError(403, '只有营销部领导或系统管理员可以修改考核目标'))
    const { result } = await withSetup(() => useCompetencyTargets())
    await flushPromises()
    const row = result.rows.value[0]
    if (row) row.input = 90

    expect(await result.save()).toBe(false)

    expect(result.forbidden.value).toBe(true)
    expect(result.failure.value).toBe('只有营销部领导或系统管理员可以修改考核目标')
    expect(result.dirty.value).toBe(true)
  })
})
