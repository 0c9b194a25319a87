import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountAppAt } from '@/test/test-app'
import { meFor, seedSession } from '@/test/session-fixtures'
import { fakeServer, json } from '@/test/fake-server'
import { resultFixture, sittingFixture, SITTING_ID, UNIT_CZ1 } from '../testing/fixtures'

function serve(roles: Array<'trainer' | 'manager'>, sitting = sittingFixture({ canManage: roles.includes('trainer') })) {
  fakeServer({
    'GET /me': json(200, meFor({ id: 'u', username: 'u', displayName: '孙主任', roles })),
    'GET /units': json(200, [{ id: UNIT_CZ1, name: '城中一组', parentId: null, path: '营销部/城中客户服务部/城中一组', userCount: 8 }]),
    'GET /sittings': json(200, [sitting]),
    [`GET /sittings/${SITTING_ID}`]: json(200, sitting),
    [`GET /sittings/${SITTING_ID}/results`]: json(200, [
      resultFixture(),
      resultFixture({ userId: 'b', username: 'staff02', displayName: '李秀兰', switchCount: 3, passed: false, percent: 40, score: 40 }),
    ]),
  })
}

describe('a sitting’s page', () => {
  it('shows a trainer the results with page switches, the export, make-up and adjustments', async () => {
    seedSession(['trainer'])
    serve(['trainer'])
    const { wrapper } = await mountAppAt(`/sittings/${SITTING_ID}`)
    await flushPromises()

    const main = wrapper.find('main')
    expect(main.find('[data-testid="results-summary"]').text()).toBe('应考 2 人 · 已交卷 2 人 · 及格 1 人 · 缺考 0 人')
    expect(main.find('[data-testid="results-table"]').text()).toContain('李秀兰')
    expect(main.find('.results__switches').text()).toBe('3')
    expect(main.find('[data-testid="makeup-open"]').exists()).toBe(true)
    expect(main.text()).toContain('城中一组 · 客户经理')
  })

  it('lets a manager read and export, without make-up or adjustment controls', async () => {
    seedSession(['manager'])
    serve(['manager'])
    const { wrapper } = await mountAppAt(`/sittings/${SITTING_ID}`)
    await flushPromises()

    const main = wrapper.find('main')
    expect(main.find('[data-testid="results-export"]').exists()).toBe(true)
    expect(main.find('[data-testid="makeup-open"]').exists()).toBe(false)
    expect(main.text()).not.toContain('个别调整')
  })

  it('offers a trainer who is also a manager no controls on a sitting they only follow', async () => {
    seedSession(['trainer', 'manager'])
    serve(['trainer', 'manager'], sittingFixture({ canManage: false }))
    const { wrapper } = await mountAppAt(`/sittings/${SITTING_ID}`)
    await flushPromises()

    const main = wrapper.find('main')
    expect(main.find('[data-testid="sitting-read-only"]').exists()).toBe(true)
    expect(main.find('[data-testid="results-export"]').exists()).toBe(true)
    expect(main.find('[data-testid="makeup-open"]').exists()).toBe(false)
    expect(main.text()).not.toContain('个别调整')
  })

  it('shows a manager the sittings without the button to schedule one', async () => {
    seedSession(['manager'])
    serve(['manager'])
    const { wrapper } = await mountAppAt('/sittings')
    await flushPromises()
    expect(wrapper.find('[data-testid="sitting-create"]').exists()).toBe(false)
    expect(wrapper.find('main').text()).toContain('只读')
  })
})
