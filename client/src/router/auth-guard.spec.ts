import { describe, expect, it } from 'vitest'
import { createTestApp } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'

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
