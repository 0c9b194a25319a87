import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { withSetup } from '@/test/test-app'
import { useTeamQuery } from './use-team-query'

const OWN = '66666666-6666-4666-8666-666666666601'
const OTHER = '66666666-6666-4666-8666-666666666611'
const november = () => new Date(2026, 10, 15)

async function setup(path: string, ownUnit: string | null = OWN) {
  const unit = ref(ownUnit)
  const app = await withSetup(() => useTeamQuery(() => unit.value, november), { path })
  return { ...app, unit }
}

describe('keeping the team view in the address (useTeamQuery)', () => {
  it('writes the reader’s unit and this month into a bare address, replacing it', async () => {
    const { result, router } = await setup('/login')
    const push = vi.spyOn(router, 'push')

    await result.settle()

    expect(router.currentRoute.value.query).toEqual({ unit: OWN, month: '2026-11' })
    expect(push).not.toHaveBeenCalled()
  })

  it('opens a shared link as it was sent', async () => {
    const { result, router } = await setup(`/login?unit=${OTHER}&month=2026-08&page=2`)

    await result.settle()

    expect(result.query.value).toEqual({ unitId: OTHER, month: '2026-08', page: 2, pageSize: 20 })
    expect(router.currentRoute.value.query).toEqual({ unit: OTHER, month: '2026-08', page: '2' })
  })

  it('drops a malformed month from the address', async () => {
    const { result, router } = await setup(`/login?unit=${OWN}&month=2026-1`)

    await result.settle()

    expect(router.currentRoute.value.query.month).toBe('2026-11')
  })

  it('puts the reader’s choices in the address, back to page one for a new month', async () => {
    const { result, router } = await setup(`/login?unit=${OWN}&month=2026-11&page=3`)

    await result.update({ month: '2026-10' })
    expect(router.currentRoute.value.query).toEqual({ unit: OWN, month: '2026-10' })

    await result.update({ page: 2 })
    expect(router.currentRoute.value.query).toEqual({ unit: OWN, month: '2026-10', page: '2' })

    await result.update({ unitId: OTHER })
    expect(result.query.value).toMatchObject({ unitId: OTHER, month: '2026-10', page: 1 })
  })

  it('waits for the reader’s unit when the profile is not known yet', async () => {
    const { result, unit } = await setup('/login', null)
    expect(result.query.value.unitId).toBeNull()

    unit.value = OWN

    expect(result.query.value.unitId).toBe(OWN)
  })
})
