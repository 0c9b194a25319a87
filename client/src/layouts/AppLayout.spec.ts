import { useSessionStore } from '@/modules/identity/stores/session'
import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountAppAt } from '@/test/test-app'
import { fakeServer, json } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import type { Role } from '@/modules/identity/roles'

async function openHomeAs(roles: Role[]) {
  const user = seedSession(roles)
  fakeServer({ 'GET /me': json(200, meFor(user)), 'POST /auth/logout': json(204) })
  return mountAppAt('/')
}

function menuText(): string {
  return document.querySelector('.app-menu')?.textContent ?? ''
}

function stubPhoneScreen(isPhone: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: isPhone,
      media: query,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    })),
  )
}

describe('AppLayout', () => {
  it('shows an administrator the 用户 and 组织机构 menu items', async () => {
    await openHomeAs(['admin'])

    expect(menuText()).toContain('用户')
    expect(menuText()).toContain('组织机构')
  })

  it('does not show a customer manager 用户 or 组织机构, but their own pages', async () => {
    await openHomeAs(['staff'])

    expect(menuText()).toContain('首页')
    expect(menuText()).toContain('我的考试')
    expect(menuText()).toContain('我的培训')
    expect(menuText()).not.toContain('即将推出')
    expect(menuText()).not.toContain('用户')
    expect(menuText()).not.toContain('组织机构')
  })

  it('shows a manager the users page but not units', async () => {
    await openHomeAs(['manager'])

    expect(menuText()).toContain('用户')
    expect(menuText()).not.toContain('组织机构')
  })

  it('opens the users page from the menu', async () => {
    const { router } = await openHomeAs(['admin'])
    fakeServer({ 'GET /users': json(200, { items: [], total: 0 }), 'GET /units': json(200, []), 'GET /me': json(200, {}) })

    ;(document.querySelector('[data-testid="nav-users"]') as HTMLElement).click()

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('users'), { timeout: 5000 })
  })

  it('makes the menu a navigation landmark of links, marking the page you are on', async () => {
    const { router } = await openHomeAs(['admin'])
    fakeServer({ 'GET /users': json(200, { items: [], total: 0 }), 'GET /units': json(200, []), 'GET /me': json(200, {}) })
    const nav = document.querySelector('nav.app-menu')
    expect(nav?.getAttribute('aria-label')).toBe('主菜单')
    const link = (key: string) => nav?.querySelector<HTMLAnchorElement>(`a[data-testid="nav-${key}"]`)
    expect(link('users')?.getAttribute('href')).toBe('/users')
    expect(link('home')?.getAttribute('aria-current')).toBe('page')

    await router.push('/users')
    await flushPromises()

    expect(link('users')?.getAttribute('aria-current')).toBe('page')
    expect(link('home')?.hasAttribute('aria-current')).toBe(false)
  })

  it('names the user menu by the name it shows', async () => {
    await openHomeAs(['admin'])

    const trigger = document.querySelector('[data-testid="user-menu"]')
    const shown = trigger?.querySelector('.user-menu__name')?.textContent?.trim() ?? ''
    expect(shown).not.toBe('')
    expect(trigger?.getAttribute('aria-label')?.startsWith(shown)).toBe(true)
  })

  it('switches the language from the user menu', async () => {
    await openHomeAs(['admin'])

    ;(document.querySelector('[data-testid="user-menu"]') as HTMLElement).click()
    await flushPromises()
    const english = [...document.querySelectorAll<HTMLElement>('.el-dropdown-menu__item')].find(
      (item) => item.textContent?.trim() === 'English',
    )
    english?.click()
    await flushPromises()

    expect(menuText()).toContain('Home')
    expect(menuText()).toContain('Users')
    expect(menuText()).not.toContain('首页')
    expect(localStorage.getItem('kaoping.locale')).toBe('en')
  })

  it('signs out from the user menu and lands on login', async () => {
    const { router } = await openHomeAs(['staff'])

    ;(document.querySelector('[data-testid="user-menu"]') as HTMLElement).click()
    await flushPromises()
    const logout = [...document.querySelectorAll<HTMLElement>('.el-dropdown-menu__item')].find(
      (item) => item.textContent?.trim() === '退出登录',
    )
    logout?.click()

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'))
    expect(useSessionStore().isAuthenticated).toBe(false)
  })

  it('on a phone hides the menu behind a button that opens it in a drawer', async () => {
    stubPhoneScreen(true)
    await openHomeAs(['admin'])
    expect(document.querySelector('.app-aside')).toBeNull()
    const toggle = document.querySelector<HTMLElement>('[data-testid="menu-toggle"]')
    expect(toggle?.getAttribute('aria-expanded')).toBe('false')

    toggle?.click()
    await flushPromises()

    expect(toggle?.getAttribute('aria-expanded')).toBe('true')
    expect(document.querySelector('.el-drawer .app-menu')?.textContent).toContain('组织机构')
  })

  it('on a wide screen shows the menu beside the page without a menu button', async () => {
    stubPhoneScreen(false)
    await openHomeAs(['admin'])

    expect(document.querySelector('[data-testid="menu-toggle"]')).toBeNull()
    expect(document.querySelector('.app-aside .app-menu')).not.toBeNull()
  })
})
