import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { mountAppAt } from '@/test/test-app'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { authUser, meFor } from '@/test/session-fixtures'

async function signIn(wrapper: VueWrapper, username: string, password: string) {
  await wrapper.find('input[name="username"]').setValue(username)
  await wrapper.find('input[name="password"]').setValue(password)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

describe('LoginView', () => {
  it('shows the server’s message when the password is wrong, and clears the password', async () => {
    fakeServer({ 'POST /auth/login': serverError(401, '用户名或密码错误') })
    const { wrapper, router } = await mountAppAt('/login')

    await signIn(wrapper, 'zhangsan', 'wrong-password')

    expect(wrapper.find('[data-testid="login-error"]').text()).toContain('用户名或密码错误')
    expect((wrapper.find('input[name="password"]').element as HTMLInputElement).value).toBe('')
    expect(router.currentRoute.value.name).toBe('login')
  })

  it('explains throttling with the server’s own words', async () => {
    fakeServer({ 'POST /auth/login': serverError(429, '登录尝试次数过多，请在 60 秒后再试') })
    const { wrapper } = await mountAppAt('/login')

    await signIn(wrapper, 'zhangsan', 'whatever-1')

    const text = wrapper.find('[data-testid="login-error"]').text()
    expect(text).toContain('尝试次数过多，请稍后再试')
    expect(text).toContain('请在 60 秒后再试')
  })

  it('does not call the server when a field is empty', async () => {
    const server = fakeServer({})
    const { wrapper } = await mountAppAt('/login')

    await signIn(wrapper, '', '')

    await vi.waitFor(() => expect(wrapper.text()).toContain('请输入用户名'))
    expect(wrapper.text()).toContain('请输入密码')
    expect(server.calls).toHaveLength(0)
  })

  it('after signing in goes to the page the user was sent away from', async () => {
    const user = authUser(['admin'])
    const server = fakeServer({
      'POST /auth/login': json(200, { accessToken: 'a1', user }),
      'GET /me': json(200, meFor(user)),
      'GET /units': json(200, []),
    })
    const { wrapper, router } = await mountAppAt('/units')
    expect(router.currentRoute.value.fullPath).toBe('/login?redirect=/units')

    await signIn(wrapper, ' zhangsan ', 'correct-password')

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('units'))
    expect(server.calls.find((c) => c.path === '/auth/login')?.body).toEqual({ username: 'zhangsan', password: 'correct-password' })
  })

  it('switches every text to English and remembers the choice', async () => {
    const { wrapper } = await mountAppAt('/login')
    expect(wrapper.find('h1').text()).toBe('登录')

    const english = wrapper.findAll('label').find((label) => label.text() === 'English')
    await english?.find('input').setValue(true)

    await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Sign in'))
    expect(wrapper.text()).toContain('Username')
    expect(wrapper.text()).not.toContain('用户名')
    expect(document.title).toBe('Sign in · 考评 Kaoping')
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem('kaoping.locale')).toBe('en')

    wrapper.unmount()
    const again = await mountAppAt('/login')
    expect(again.wrapper.find('h1').text()).toBe('Sign in')
  })
})
