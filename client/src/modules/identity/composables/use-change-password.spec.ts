import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountAppAt } from '@/test/test-app'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { fillIn, formItem, submitForm } from '@/test/dom'
import { authUser, meFor, seedSession } from '@/test/session-fixtures'
import { useSessionStore } from '../stores/session'

async function openProfile(reply: Response) {
  const me = seedSession(['staff'])
  const server = fakeServer({ 'GET /me': json(200, meFor(me)), 'PUT /me/password': reply })
  await mountAppAt('/profile')
  await flushPromises()
  return server
}

async function fillAndSubmit(current: string, next: string, again: string) {
  await fillIn('当前密码', current)
  await fillIn('新密码', next)
  await fillIn('确认新密码', again)
  await submitForm(document.querySelector('main') ?? document)
}

describe('change own password', () => {
  it('changes the password, confirms it and carries on with the new login the server hands back', async () => {
    const server = await openProfile(json(200, { accessToken: 'access-after-change', user: authUser(['staff']) }))

    await fillAndSubmit('old-password-1', 'new-password-22', 'new-password-22')

    await vi.waitFor(() => expect(document.querySelector('main')?.textContent).toContain('密码已修改'))
    expect(useSessionStore().accessToken).toBe('access-after-change')
    expect(server.calls.find((c) => c.method === 'PUT')?.body).toEqual({
      currentPassword: 'old-password-1',
      newPassword: 'new-password-22',
    })
  })

  it('shows the server’s reason when the new password is too common', async () => {
    await openProfile(serverError(400, '新密码过于常见，请换一个'))

    await fillAndSubmit('old-password-1', 'password1234', 'password1234')

    await vi.waitFor(() => expect(document.querySelector('main')?.textContent).toContain('新密码过于常见，请换一个'))
  })

  it('catches a mistyped confirmation before asking the server', async () => {
    const server = await openProfile(json(204))

    await fillAndSubmit('old-password-1', 'new-password-22', 'new-password-23')

    await vi.waitFor(() => expect(formItem('确认新密码').textContent).toContain('两次输入的新密码不一致'))
    expect(server.calls.some((c) => c.method === 'PUT')).toBe(false)
  })
})
