import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, http, setAuthHooks } from './http'
import { createTestApp } from '@/test/test-app'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { authUser, seedSession } from '@/test/session-fixtures'
import { useSessionStore } from '@/modules/identity/stores/session'

describe('http wrapper', () => {
  beforeEach(() => {
    setAuthHooks(null)
  })

  it('sends JSON with the bearer token under /api and returns the parsed body', async () => {
    seedSession(['admin'])
    createTestApp()
    const server = fakeServer({ 'POST /units': json(201, { id: 'u1', name: '城中客户服务部' }) })

    const unit = await http.post<{ name: string }>('/units', { name: '城中客户服务部', parentId: null })

    expect(unit.name).toBe('城中客户服务部')
    expect(server.calls[0]?.url).toBe('/api/units')
    expect(server.calls[0]?.headers.authorization).toBe('Bearer access-1')
    expect(server.calls[0]?.headers['content-type']).toBe('application/json')
    expect(server.calls[0]?.body).toEqual({ name: '城中客户服务部', parentId: null })
  })

  it('on 401 refreshes the tokens once and retries the request with the new access token', async () => {
    seedSession(['admin'])
    createTestApp()
    const server = fakeServer({
      'GET /me': [serverError(401, 'Unauthorized'), json(200, { id: '1', displayName: '张三' })],
      'POST /auth/refresh': json(200, { accessToken: 'access-2', user: authUser(['admin']) }),
    })

    const me = await http.get<{ displayName: string }>('/me')

    expect(me.displayName).toBe('张三')
    expect(server.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /me', 'POST /auth/refresh', 'GET /me'])
    // the refresh token is the browser's httpOnly cookie: the page sends no token of its own
    expect(server.calls[1]?.body).toBeUndefined()
    expect(server.calls[1]?.headers.authorization).toBeUndefined()
    expect(server.calls[2]?.headers.authorization).toBe('Bearer access-2')
    expect(useSessionStore().accessToken).toBe('access-2')
  })

  it('shares one refresh between requests that fail together', async () => {
    seedSession(['admin'])
    createTestApp()
    let firstRound = true
    const server = fakeServer({
      'GET /me': (call) => (call.headers.authorization === 'Bearer access-1' ? serverError(401, 'x') : json(200, {})),
      'GET /units': (call) => (call.headers.authorization === 'Bearer access-1' ? serverError(401, 'x') : json(200, [])),
      'POST /auth/refresh': () => {
        firstRound = false
        return json(200, { accessToken: 'access-2', user: authUser(['admin']) })
      },
    })

    await Promise.all([http.get('/me'), http.get('/units')])

    expect(firstRound).toBe(false)
    expect(server.calls.filter((c) => c.path === '/auth/refresh')).toHaveLength(1)
  })

  it('when the refresh fails too, signs the user out and sends them to login with a way back', async () => {
    seedSession(['admin'])
    const { router } = createTestApp()
    await router.push('/users?page=2')
    fakeServer({
      'GET /users': serverError(401, 'Unauthorized'),
      'POST /auth/refresh': serverError(401, 'Refresh token expired'),
    })

    const failure = await http.get('/users').catch((e: unknown) => e)

    expect(failure).toBeInstanceOf(ApiError)
    expect((failure as ApiError).status).toBe(401)
    expect(useSessionStore().isAuthenticated).toBe(false)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'))
    expect(router.currentRoute.value.query.redirect).toBe('/users?page=2')
  })

  it('does not refresh on a 401 from the login endpoint itself', async () => {
    createTestApp()
    const server = fakeServer({ 'POST /auth/login': serverError(401, '用户名或密码错误') })

    await expect(http.post('/auth/login', { username: 'a', password: 'b' }, { auth: false })).rejects.toThrow('用户名或密码错误')
    expect(server.calls).toHaveLength(1)
  })

  it('turns the server error shape into an ApiError with status, message and details', async () => {
    createTestApp()
    const details = { created: 0, errors: [{ row: 3, field: '用户名', message: '用户名已存在' }] }
    fakeServer({ 'POST /users': serverError(422, '导入文件有错误', details) })

    const failure = (await http.post('/users', {}).catch((e: unknown) => e)) as ApiError

    expect(failure).toBeInstanceOf(ApiError)
    expect(failure.status).toBe(422)
    expect(failure.message).toBe('导入文件有错误')
    expect(failure.details).toEqual(details)
  })

  it('joins a list of validation messages into one readable message', async () => {
    createTestApp()
    fakeServer({ 'PUT /me/password': serverError(400, ['新密码至少 10 个字符', '新密码过于常见']) })

    const failure = (await http.put('/me/password', {}).catch((e: unknown) => e)) as ApiError

    expect(failure.messages).toEqual(['新密码至少 10 个字符', '新密码过于常见'])
    expect(failure.message).toBe('新密码至少 10 个字符；新密码过于常见')
  })

  it('falls back to the status text when the body is not the server shape', async () => {
    createTestApp()
    fakeServer({ 'GET /units': new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }) })

    await expect(http.get('/units')).rejects.toMatchObject({ status: 502, message: 'Bad Gateway' })
  })

  it('reports an unreachable server as status 0', async () => {
    createTestApp()
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    )

    await expect(http.get('/units')).rejects.toMatchObject({ status: 0 })
  })

  it('returns nothing for 204 and leaves empty query values out of the URL', async () => {
    createTestApp()
    const server = fakeServer({ 'DELETE /units/u1': json(204), 'GET /users': json(200, { items: [], total: 0 }) })

    await expect(http.delete('/units/u1')).resolves.toBeUndefined()
    await http.get('/users', { query: { page: 1, q: '', unitId: undefined } })
    expect(server.calls[1]?.url).toBe('/api/users?page=1')
  })
})
