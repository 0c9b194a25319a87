import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import UserFormDialog from '../components/UserFormDialog.vue'
import type { UserDto } from '@/api/schema'
import { createTestApp } from '@/test/test-app'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { fillIn, formItem, submitForm } from '@/test/dom'
import { seedSession } from '@/test/session-fixtures'

const units = [{ id: 'unit-1', name: '城中客户服务部', parentId: null, path: '城中客户服务部', userCount: 3, children: [] }]

const existing: UserDto = {
  id: 'user-1',
  username: 'lisi',
  displayName: '李四',
  roles: ['staff'],
  unitId: 'unit-1',
  unitName: '城中客户服务部',
  disabled: false,
}

async function mountDialog() {
  seedSession(['admin'])
  const app = createTestApp()
  const wrapper = mount(UserFormDialog, { props: { units }, global: { plugins: app.plugins }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('user form dialog', () => {
  it('creates a user with the chosen unit and the staff role preselected', async () => {
    const server = fakeServer({ 'POST /users': json(201, { ...existing, id: 'user-2', username: 'wangwu', displayName: '王五' }) })
    const wrapper = await mountDialog()
    wrapper.vm.openCreate('unit-1')
    await flushPromises()

    await fillIn('用户名', 'wangwu')
    await fillIn('姓名', ' 王五 ')
    await fillIn('初始密码', 'a-long-password')
    await submitForm(document.querySelector('.el-dialog') ?? document)

    await vi.waitFor(() => expect(server.calls).toHaveLength(1))
    expect(server.calls[0]?.body).toEqual({
      username: 'wangwu',
      displayName: '王五',
      password: 'a-long-password',
      roles: ['staff'],
      unitId: 'unit-1',
    })
    await vi.waitFor(() => expect(wrapper.emitted('saved')?.[0]?.[1]).toBe(true))
  })

  it('refuses a short initial password before asking the server', async () => {
    const server = fakeServer({})
    const wrapper = await mountDialog()
    wrapper.vm.openCreate('unit-1')
    await flushPromises()

    await fillIn('用户名', 'wangwu')
    await fillIn('姓名', '王五')
    await fillIn('初始密码', 'short')
    await submitForm(document.querySelector('.el-dialog') ?? document)

    await vi.waitFor(() => expect(formItem('初始密码').textContent).toContain('至少 10 个字符'))
    expect(server.calls).toHaveLength(0)
  })

  it('edits name only, without sending username or password', async () => {
    const server = fakeServer({ 'PATCH /users/user-1': json(200, { ...existing, displayName: '李四四' }) })
    const wrapper = await mountDialog()
    wrapper.vm.openEdit(existing)
    await flushPromises()

    expect(formItem('用户名').querySelector('input')?.disabled).toBe(true)
    expect(() => formItem('初始密码')).toThrow()
    await fillIn('姓名', '李四四')
    await submitForm(document.querySelector('.el-dialog') ?? document)

    await vi.waitFor(() => expect(server.calls).toHaveLength(1))
    expect(server.calls[0]?.body).toEqual({ displayName: '李四四', roles: ['staff'], unitId: 'unit-1' })
  })

  it('keeps the dialog open and shows the server’s reason when saving fails', async () => {
    fakeServer({ 'POST /users': serverError(409, '用户名已存在') })
    const wrapper = await mountDialog()
    wrapper.vm.openCreate('unit-1')
    await flushPromises()

    await fillIn('用户名', 'lisi')
    await fillIn('姓名', '李四')
    await fillIn('初始密码', 'a-long-password')
    await submitForm(document.querySelector('.el-dialog') ?? document)

    await vi.waitFor(() => expect(document.querySelector('.el-dialog')?.textContent).toContain('用户名已存在'))
    expect(wrapper.emitted('saved')).toBeUndefined()
  })
})
