import { describe, expect, it, vi } from 'vitest'
import { call } from '@/api/operations'
import { useSessionStore } from '@/modules/identity/stores/session'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { createTestApp } from '@/test/test-app'
import { authUser, seedSession } from '@/test/session-fixtures'

describe('route guard', () => {
  it('sends a signed-out visitor to login, remembering where they wanted to go', async () => {
    const { router } = createTestApp()

    await router.push('/users?q=张')

    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/users?q=张')
  })

  it('sends a signed-out visitor of the home page to a plain login', async () => {
    const { router } = createTestApp()

    await router.push('/')

    expect(router.currentRoute.value.fullPath).toBe('/login')
  })

  it('shows the 403 page to a customer manager opening the users page', async () => {
    seedSession(['staff'])
    const { router } = createTestApp()

    await router.push('/users')

    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('lets a manager open users but not units', async () => {
    seedSession(['manager'])
    const { router } = createTestApp()

    await router.push('/users')
    expect(router.currentRoute.value.name).toBe('users')
    await router.push('/units')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('lets an administrator open units', async () => {
    seedSession(['admin'])
    const { router } = createTestApp()

    await router.push('/units')

    expect(router.currentRoute.value.name).toBe('units')
  })

  it('takes a signed-in user away from the login page to where they were going', async () => {
    seedSession(['staff'])
    const { router } = createTestApp()

    await router.push('/login?redirect=/profile')

    expect(router.currentRoute.value.name).toBe('profile')
  })
})

describe('route guard after a page load', () => {
  it('restores the session from the refresh cookie before deciding, and stays on the page', async () => {
    const server = fakeServer({ 'POST /auth/refresh': json(200, { accessToken: 'a-restored', user: authUser(['manager']) }) })
    const { router } = createTestApp()

    await router.push('/users')

    expect(router.currentRoute.value.name).toBe('users')
    expect(server.calls.map((c) => `${c.method} ${c.path}`)[0]).toBe('POST /auth/refresh')
  })

  it('sends an account whose password an administrator chose to choose its own first, and back afterwards', async () => {
    seedSession(['staff'], '新同事', true)
    const { router } = createTestApp()

    await router.push('/profile')
    expect(router.currentRoute.value.name).toBe('first-password')
    expect(router.currentRoute.value.query.redirect).toBe('/profile')

    useSessionStore().applySession({ accessToken: 'a2', user: authUser(['staff']) })
    await router.push('/')
    await router.push('/first-password?redirect=/profile')
    expect(router.currentRoute.value.name).toBe('profile')
  })

  it('goes to the change-password page when the server refuses with password_change_required', async () => {
    seedSession(['staff'])
    const { router } = createTestApp()
    await router.push('/profile')
    fakeServer({ 'GET /me': serverError(403, '请先修改管理员为您设置的初始密码', { code: 'password_change_required' }) })

    await call('GET /api/me').catch(() => undefined)

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('first-password'))
    expect(useSessionStore().mustChangePassword).toBe(true)
  })
})
