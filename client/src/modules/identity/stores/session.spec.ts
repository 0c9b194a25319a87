import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSessionStore, SESSION_STORAGE_KEY } from './session'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { authUser, meFor, seedSession } from '@/test/session-fixtures'

function freshStore() {
  setActivePinia(createPinia())
  return useSessionStore()
}

describe('session store', () => {
  it('signs in, keeps the tokens and user across a page reload', async () => {
    const user = authUser(['staff', 'trainer'])
    const server = fakeServer({ 'POST /auth/login': json(200, { accessToken: 'a1', refreshToken: 'r1', user }) })

    const session = freshStore()
    await session.login('zhangsan', 'correct horse')

    expect(server.calls[0]?.body).toEqual({ username: 'zhangsan', password: 'correct horse' })
    expect(session.isAuthenticated).toBe(true)
    const reloaded = freshStore()
    expect(reloaded.isAuthenticated).toBe(true)
    expect(reloaded.user?.displayName).toBe('张三')
    expect(reloaded.accessToken).toBe('a1')
  })

  it('stays signed out and stores nothing when the password is wrong', async () => {
    fakeServer({ 'POST /auth/login': serverError(401, '用户名或密码错误') })
    const session = freshStore()

    await expect(session.login('zhangsan', 'wrong')).rejects.toThrow('用户名或密码错误')
    expect(session.isAuthenticated).toBe(false)
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull()
  })

  it('answers hasRole for any of several roles and ignores unknown role names', () => {
    localStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'a', refreshToken: 'r', user: { ...authUser(['manager']), roles: ['manager', 'root'] } }),
    )
    const session = freshStore()

    expect(session.hasRole('manager')).toBe(true)
    expect(session.hasRole('admin', 'manager')).toBe(true)
    expect(session.hasRole('admin')).toBe(false)
    expect(session.roles).toEqual(['manager'])
  })

  it('ignores a corrupted saved session instead of crashing', () => {
    localStorage.setItem(SESSION_STORAGE_KEY, '{not json')
    expect(freshStore().isAuthenticated).toBe(false)
  })

  it('logs out: forgets the session and revokes the refresh token on the server', async () => {
    seedSession(['staff'])
    const server = fakeServer({ 'POST /auth/logout': json(204) })
    const session = freshStore()

    await session.logout()

    expect(session.isAuthenticated).toBe(false)
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull()
    expect(server.calls[0]?.body).toEqual({ refreshToken: 'refresh-1' })
  })

  it('logs out locally even when the server cannot be reached', async () => {
    seedSession(['staff'])
    fakeServer({ 'POST /auth/logout': serverError(503, 'down') })
    const session = freshStore()

    await session.logout()

    expect(session.isAuthenticated).toBe(false)
  })

  it('refresh swaps in the new tokens; a rejected refresh reports false', async () => {
    seedSession(['staff'])
    fakeServer({
      'POST /auth/refresh': [
        json(200, { accessToken: 'a2', refreshToken: 'r2', user: authUser(['staff']) }),
        serverError(401, 'expired'),
      ],
    })
    const session = freshStore()

    await expect(session.refresh()).resolves.toBe(true)
    expect(session.accessToken).toBe('a2')
    await expect(session.refresh()).resolves.toBe(false)
  })

  it('loads the profile with the unit and takes the server’s current roles', async () => {
    seedSession(['staff'])
    const me = { ...meFor(authUser(['staff', 'manager'])), displayName: '张三丰' }
    fakeServer({ 'GET /me': json(200, me) })
    const session = freshStore()

    await session.loadMe()

    expect(session.me?.unitName).toBe('城中客户服务部')
    expect(session.user?.displayName).toBe('张三丰')
    expect(session.hasRole('manager')).toBe(true)
  })

  it('uses the tokens another tab has just refreshed instead of spending the old refresh token', async () => {
    seedSession(['staff'])
    const server = fakeServer({})
    const session = freshStore()
    localStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'a-other-tab', refreshToken: 'r-other-tab', user: authUser(['staff']) }),
    )

    await expect(session.refresh()).resolves.toBe(true)

    expect(session.accessToken).toBe('a-other-tab')
    expect(server.calls).toHaveLength(0)
  })

  it('signs out when another tab signs out', () => {
    seedSession(['staff'])
    const session = freshStore()

    localStorage.removeItem(SESSION_STORAGE_KEY)
    window.dispatchEvent(new StorageEvent('storage', { key: SESSION_STORAGE_KEY, newValue: null }))

    expect(session.isAuthenticated).toBe(false)
  })
})
