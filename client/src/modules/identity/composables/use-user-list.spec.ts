import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { flushPromises } from '@vue/test-utils'
import type { UserDto } from '@/api/schema'
import { withSetup } from '@/test/test-app'
import { fakeServer, json } from '@/test/fake-server'
import { seedSession } from '@/test/session-fixtures'
import { SEARCH_DEBOUNCE_MS, useUserList } from './use-user-list'

const user = (id: string, displayName: string): UserDto => ({
  id,
  username: id,
  displayName,
  roles: ['staff'],
  unitId: 'unit-1',
  unitName: '城中客户服务部',
  disabled: false,
})

describe('useUserList', () => {
  it('loads a page of users with the filters', async () => {
    seedSession(['admin'])
    const server = fakeServer({ 'GET /users': json(200, { items: [user('u1', '张三')], total: 41 }) })
    const { result } = await withSetup(() => useUserList(), { path: '/profile' })
    result.query.unitId = 'unit-1'
    await nextTick()
    await flushPromises()

    expect(result.items.value.map((u) => u.displayName)).toEqual(['张三'])
    expect(result.total.value).toBe(41)
    expect(server.calls.at(-1)?.url).toBe('/api/users?page=1&pageSize=20&unitId=unit-1')
    expect(result.isFiltered.value).toBe(true)
  })

  it('searches once the user stops typing, from the first page', async () => {
    vi.useFakeTimers()
    seedSession(['admin'])
    const server = fakeServer({ 'GET /users': json(200, { items: [], total: 0 }) })
    const { result } = await withSetup(() => useUserList(), { path: '/profile' })
    await result.setPage(3)
    const before = server.calls.length

    result.query.q = '张'
    await nextTick()
    result.query.q = '张三'
    await nextTick()
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS)
    await flushPromises()
    vi.useRealTimers()

    expect(server.calls.length - before).toBe(1)
    expect(server.calls.at(-1)?.url).toBe('/api/users?page=1&pageSize=20&q=%E5%BC%A0%E4%B8%89')
  })

  it('keeps the newest answer when an older one arrives late', async () => {
    seedSession(['admin'])
    let releaseSlow: () => void = () => undefined
    fakeServer({
      'GET /users': (call) =>
        call.url.includes('q=')
          ? json(200, { items: [user('u2', '李四')], total: 1 })
          : new Promise((resolve) => (releaseSlow = () => resolve(json(200, { items: [user('u1', '张三')], total: 1 })))),
    })
    const { result } = await withSetup(() => useUserList(), { path: '/profile' })

    const slow = result.load()
    result.query.q = '李'
    const fast = result.load()
    await fast
    releaseSlow()
    await slow

    expect(result.items.value.map((u) => u.displayName)).toEqual(['李四'])
    expect(result.loading.value).toBe(false)
  })

  it('disables a user and shows the new state in place', async () => {
    seedSession(['admin'])
    const server = fakeServer({
      'GET /users': json(200, { items: [user('u1', '张三')], total: 1 }),
      'PATCH /users/u1': json(200, { ...user('u1', '张三'), disabled: true }),
    })
    const { result } = await withSetup(() => useUserList(), { path: '/profile' })
    await result.load()

    const first = result.items.value[0]
    if (!first) throw new Error('no row')
    await result.setDisabled(first, true)

    expect(server.calls.at(-1)?.body).toEqual({ disabled: true })
    expect(result.items.value[0]?.disabled).toBe(true)
  })
})
