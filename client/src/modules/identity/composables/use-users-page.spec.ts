import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { UserDto } from '@/api/schema'
import { mountAppAt } from '@/test/test-app'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { acceptConfirm, cancelConfirm } from '@/test/message-box'
import { button } from '@/test/dom'
import { meFor, seedSession } from '@/test/session-fixtures'
import type { Role } from '../roles'

const lisi: UserDto = {
  id: 'user-1',
  username: 'lisi',
  displayName: '李四',
  roles: ['staff'],
  unitId: 'unit-1',
  unitName: '城中客户服务部',
  disabled: false,
}

async function openUsersAs(roles: Role[], users: UserDto[], extra: Parameters<typeof fakeServer>[0] = {}) {
  const me = seedSession(roles)
  const server = fakeServer({
    'GET /me': json(200, meFor(me)),
    'GET /users': json(200, { items: users, total: users.length }),
    'GET /units': json(200, [{ id: 'unit-1', name: '城中客户服务部', parentId: null, path: '城中客户服务部', userCount: 1 }]),
    ...extra,
  })
  const mounted = await mountAppAt('/users')
  await flushPromises()
  return { ...mounted, server }
}

describe('users page', () => {
  it('lists users with unit, roles and status for an administrator, with the actions to change them', async () => {
    await openUsersAs(['admin'], [lisi])

    const table = document.querySelector('.el-table')?.textContent ?? ''
    expect(table).toContain('李四')
    expect(table).toContain('城中客户服务部')
    expect(table).toContain('客户经理')
    expect(table).toContain('正常')
    expect(() => button('新建用户')).not.toThrow()
    expect(() => button('批量导入')).not.toThrow()
    expect(() => button('重置密码')).not.toThrow()
  })

  it('is read-only for a manager: a hint, and no buttons that change users', async () => {
    await openUsersAs(['manager'], [lisi])

    expect(document.body.textContent).toContain('您可以查看所管辖范围内的用户')
    expect(document.querySelector('.el-table')?.textContent).toContain('李四')
    expect(() => button('新建用户')).toThrow()
    expect(() => button('编辑')).toThrow()
    expect(() => button('停用')).toThrow()
  })

  it('tells an administrator with no users how to add them', async () => {
    await openUsersAs(['admin'], [])

    expect(document.querySelector('.el-table')?.textContent).toContain('还没有用户。点击“新建用户”添加')
  })

  it('disables a user after confirmation and shows them as disabled', async () => {
    const confirm = acceptConfirm()
    const { server } = await openUsersAs(['admin'], [lisi], {
      'PATCH /users/user-1': json(200, { ...lisi, disabled: true }),
    })

    button('停用').click()

    await vi.waitFor(() => expect(document.querySelector('.el-table')?.textContent).toContain('已停用'))
    expect(confirm.mock.calls[0]?.[0]).toContain('李四')
    expect(server.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ disabled: true })
  })

  it('keeps the user enabled when the administrator cancels', async () => {
    cancelConfirm()
    const { server } = await openUsersAs(['admin'], [lisi])

    button('停用').click()
    await flushPromises()

    expect(server.calls.some((c) => c.method === 'PATCH')).toBe(false)
    expect(document.querySelector('.el-table')?.textContent).toContain('正常')
  })

  it('says what went wrong when the list cannot load, and retries', async () => {
    const { server } = await openUsersAs(['admin'], [], {
      'GET /users': [serverError(500, '数据库不可用'), json(200, { items: [lisi], total: 1 })],
    })
    expect(document.body.textContent).toContain('加载失败：数据库不可用')

    button('重试').click()

    await vi.waitFor(() => expect(document.querySelector('.el-table')?.textContent).toContain('李四'))
    expect(server.calls.filter((c) => c.path === '/users')).toHaveLength(2)
  })
})
