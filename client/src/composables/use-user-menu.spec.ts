import { describe, expect, it } from 'vitest'
import { withSetup } from '@/test/test-app'
import { fakeServer, json } from '@/test/fake-server'
import { seedSession } from '@/test/session-fixtures'
import { useUserMenu } from './use-user-menu'

describe('useUserMenu', () => {
  it('shows the user’s name and roles in their language', async () => {
    seedSession(['staff', 'trainer'], '李四')
    const { result } = await withSetup(() => useUserMenu(), { path: '/profile' })

    expect(result.displayName.value).toBe('李四')
    expect(result.roleLabels.value).toEqual(['客户经理', '培训讲师'])
    await result.run('locale:en')
    expect(result.roleLabels.value).toEqual(['Customer manager', 'Trainer'])
  })

  it('opens the change-password page', async () => {
    seedSession(['staff'])
    const { result, router } = await withSetup(() => useUserMenu(), { path: '/forbidden' })

    await result.run('profile')

    expect(router.currentRoute.value.name).toBe('profile')
  })

  it('signs out and goes to login', async () => {
    seedSession(['staff'])
    fakeServer({ 'POST /auth/logout': json(204) })
    const { result, router } = await withSetup(() => useUserMenu(), { path: '/profile' })

    await result.run('logout')

    expect(router.currentRoute.value.name).toBe('login')
    expect(result.displayName.value).toBe('')
  })

  it('ignores a language it does not have', async () => {
    seedSession(['staff'])
    const { result } = await withSetup(() => useUserMenu(), { path: '/profile' })

    await result.run('locale:fr')

    expect(result.locale.value).toBe('zh-CN')
  })
})
