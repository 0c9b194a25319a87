import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ResetPasswordDialog from '../components/ResetPasswordDialog.vue'
import type { UserDto } from '@/api/schema'
import { createTestApp } from '@/test/test-app'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { fillIn, formItem, submitForm } from '@/test/dom'
import { seedSession } from '@/test/session-fixtures'

const user: UserDto = {
  id: 'user-1',
  username: 'lisi',
  displayName: '李四',
  roles: ['staff'],
  unitId: 'unit-1',
  unitName: '城中客户服务部',
  disabled: false,
}

async function openFor(target: UserDto) {
  seedSession(['admin'])
  const app = createTestApp()
  const wrapper = mount(ResetPasswordDialog, { global: { plugins: app.plugins }, attachTo: document.body })
  wrapper.vm.start(target)
  await flushPromises()
  return wrapper
}

describe('reset password dialog', () => {
  it('names the person and sets their new password', async () => {
    const server = fakeServer({ 'POST /users/user-1/password': json(204) })
    const wrapper = await openFor(user)
    expect(document.querySelector('.el-dialog')?.textContent).toContain('重置 李四 的密码')

    await fillIn('新密码', 'brand-new-password')
    await submitForm(document.querySelector('.el-dialog') ?? document)

    await vi.waitFor(() => expect(wrapper.emitted('done')).toHaveLength(1))
    expect(server.calls[0]?.body).toEqual({ password: 'brand-new-password' })
  })

  it('shows the server’s reason for a common password', async () => {
    fakeServer({ 'POST /users/user-1/password': serverError(400, '密码过于常见') })
    const wrapper = await openFor(user)

    await fillIn('新密码', '1234567890')
    await submitForm(document.querySelector('.el-dialog') ?? document)

    await vi.waitFor(() => expect(document.querySelector('.el-dialog')?.textContent).toContain('密码过于常见'))
    expect(wrapper.emitted('done')).toBeUndefined()
  })

  it('asks for at least 10 characters', async () => {
    const server = fakeServer({})
    await openFor(user)

    await fillIn('新密码', 'short')
    await submitForm(document.querySelector('.el-dialog') ?? document)

    await vi.waitFor(() => expect(formItem('新密码').textContent).toContain('至少 10 个字符'))
    expect(server.calls).toHaveLength(0)
  })
})
