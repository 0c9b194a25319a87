import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fakeServer, json } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { mountAppAt } from '@/test/test-app'
import { definitionsFixture } from '@/modules/kpi/testing/fixtures'
import { competencyTargetsFixture } from '../testing/fixtures'
import { maySetTargets } from '../composables/use-may-set-targets'

const OWN_UNIT = meFor({ id: 'u', username: 'u', displayName: 'u', roles: ['manager'] }).unitId

async function openAs(ownUnitParent: string | null) {
  const user = seedSession(['manager'])
  fakeServer({
    'GET /me': json(200, meFor(user)),
    'GET /units': json(200, [{ id: OWN_UNIT, name: '城中客户服务部', parentId: ownUnitParent, path: '/x/', userCount: 3 }]),
    'GET /kpi/definitions': json(200, definitionsFixture()),
    'GET /competency/targets': json(200, competencyTargetsFixture()),
  })
  const { wrapper } = await mountAppAt('/team/targets')
  await flushPromises()
  return wrapper
}

describe('the targets page', { timeout: 20_000 }, () => {
  it('shows a manager below the top unit the targets read-only, with no save button to be refused', async () => {
    const wrapper = await openAs('parent-unit')

    expect(wrapper.find('[data-testid="kpi-targets-save"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="competency-targets-save"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="kpi-targets-read-only"]').text()).toContain('只有营销部领导')
    const inputs = wrapper.findAll('[data-testid="targets"] input')
    expect(inputs.length).toBeGreaterThan(0)
    expect(inputs.every((input) => input.attributes('disabled') !== undefined)).toBe(true)
  })

  it('lets the department’s leadership edit and save', async () => {
    const wrapper = await openAs(null)

    expect(wrapper.find('[data-testid="kpi-targets-save"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="kpi-targets-read-only"]').exists()).toBe(false)
  })

  it('follows the server’s rule: admins, and managers of a top unit', () => {
    const units = [
      { id: 'top', parentId: null },
      { id: 'station', parentId: 'top' },
    ]
    expect(maySetTargets(['admin'], 'station', units)).toBe(true)
    expect(maySetTargets(['manager'], 'top', units)).toBe(true)
    expect(maySetTargets(['manager'], 'station', units)).toBe(false)
    expect(maySetTargets(['trainer'], 'top', units)).toBe(false)
  })
})
