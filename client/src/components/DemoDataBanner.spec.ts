import { describe, expect, it } from 'vitest'
import { mountAppAt } from '@/test/test-app'
import { fakeServer, json } from '@/test/fake-server'

describe('demo data banner', () => {
  it('says 演示数据 on every page, the login page included, while the server has demo accounts', async () => {
    fakeServer({ 'GET /instance': json(200, { demoData: true }), 'POST /auth/refresh': json(401) })
    const { router } = await mountAppAt('/login')

    expect(document.querySelector('[data-testid="demo-banner"]')?.textContent).toContain('演示数据')
    await router.push('/units')
    expect(document.querySelector('[data-testid="demo-banner"]')?.textContent).toContain('演示数据')
  })
})
