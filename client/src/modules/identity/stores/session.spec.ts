import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSessionStore } from './session'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { authUser, meFor } from '@/test/session-fixtures'

function freshStore() {
  setActivePinia(createPinia())
  return useSessionStore()
}

describe('session store', () => {
  it('signs in and keeps the access token in memory only: nothing reaches page storage', async () => {
    const user = authUser(['staff', 'trainer'])
    const server = fakeServer({ 'POST /auth/login': json(200, { accessToken: 'a1', user }) })

    const session = freshStore()
    await session.login('zhangsan', 'correct horse')

    expect(server.calls[0]?.body).toEqual({ username: 'zhangsan', password: 'correct horse' })
    expect(session.isAuthenticated).toBe(true)
    expect(session.accessToken).toBe('a1')
    expect(localStorage.length).toBe(0)
    expect(sessionStorage.length).toBe(0)
  })

  it('after a page reload restores the session through the refresh cookie, asking once', async () => {
    const server = fakeServer({ 'POST /auth/refresh': json(200, { accessToken: 'a2', user: authUser(['staff']) }) })
    const reloaded = freshStore()
    expect(reloaded.isAuthenticated).toBe(false)

    await expect(Promise.all([reloaded.restore(), reloaded.restore()])).resolves.toEqual([true, true])

    expect(reloaded.accessToken).toBe('a2')
    expect(reloaded.user?.displayName).toBe('张三')
    expect(server.calls).toHaveLength(1)
    // the cookie goes by itself: the request carries no token the page could have read
    expect(server.calls[0]?.body).toBeUndefined()
  })

  it('stays signed out after a reload without a live cookie, and does not ask again', async () => {
    const server = fakeServer({ 'POST /auth/refresh': serverError(401, '登录已过期') })
    const session = freshStore()

    await expect(session.restore()).resolves.toBe(false)
    await expect(session.restore()).resolves.toBe(false)

    expect(session.isAuthenticated).toBe(false)
    expect(server.calls).toHaveLength(1)
  })

  it('stays signed out when the password is wrong', async () => {
    fakeServer({ 'POST /auth/login': serverError(401, '用户名或密码错误') })
    const session = freshStore()

    await expect(session.login('zhangsan', 'wrong')).rejects.toThrow('用户名或密码错误')
    expect(session.isAuthenticated).toBe(false)
  })

  it('answers hasRole for any of several roles and ignores unknown role names', async () => {
    fakeServer({ 'POST /auth/login': json(200, { accessToken: 'a', user: { ...authUser(['manager']), roles: ['manager', 'root'] } }) })
    const session = freshStore()
    await session.login('zhangsan', 'pw')

    expect(session.hasRole('manager')).toBe(true)
    expect(session.hasRole('admin', 'manager')).toBe(true)
    expect(session.hasRole('admin')).toBe(false)
    expect(session.roles).toEqual(['manager'])
  })

  it('knows when an administrator chose the password', async () => {
    fakeServer({ 'POST /auth/login': json(200, { accessToken: 'a', user: authUser(['staff'], '张三', true) }) })
    const session = freshStore()
    await session.login('zhangsan', 'pw')

    expect(session.mustChangePassword).toBe(true)
  })

  it('logs out: forgets the session and ends the login on the server (the cookie goes by itself)', async () => {
    const server = fakeServer({
      'POST /auth/login': json(200, { accessToken: 'a', user: authUser(['staff']) }),
      'POST /auth/logout': json(204),
    })
    const session = freshStore()
    await session.login('zhangsan', 'pw')

    await session.logout()

    expect(session.isAuthenticated).toBe(false)
    expect(server.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /auth/login', 'POST /auth/logout'])
    expect(server.calls[1]?.body).toBeUndefined()
  })

  it('logs out locally even when the server cannot be reached', async () => {
    fakeServer({
      'POST /auth/login': json(200, { accessToken: 'a', user: authUser(['staff']) }),
      'POST /auth/logout': serverError(503, 'down'),
    })
    const session = freshStore()
    await session.login('zhangsan', 'pw')

    await session.logout()

    expect(session.isAuthenticated).toBe(false)
  })

  it('refresh swaps in the new access token; a rejected refresh reports false', async () => {
    fakeServer({
      'POST /auth/refresh': [json(200, { accessToken: 'a2', user: authUser(['staff']) }), serverError(401, 'expired')],
    })
    const session = freshStore()

    await expect(session.refresh()).resolves.toBe(true)
    expect(session.accessToken).toBe('a2')
    await expect(session.refresh()).resolves.toBe(false)
  })

  it('loads the profile with the unit and takes the server’s current roles', async () => {
    const me = { ...meFor(authUser(['staff', 'manager'])), displayName: '张三丰' }
    fakeServer({ 'POST /auth/login': json(200, { accessToken: 'a', user: authUser(['staff']) }), 'GET /me': json(200, me) })
    const session = freshStore()
    await session.login('zhangsan', 'pw')

    await session.loadMe()

    expect(session.me?.unitName).toBe('城中客户服务部')
    expect(session.user?.displayName).toBe('张三丰')
    expect(session.hasRole('manager')).toBe(true)
  })
})
