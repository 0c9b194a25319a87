import { describe, expect, it } from 'vitest'
import { mountAppAt } from '@/test/test-app'
import { fakeServer, json } from '@/test/fake-server'

// a file of its own: the page asks about the instance once per load (module state)
describe('demo data banner on a real department', () => {
  it('is absent when the server has no demo accounts', async () => {
    const server = fakeServer({ 'GET /instance': json(200, { demoData: false }) })
    await mountAppAt('/login')

    expect(server.calls.map((c) => c.path)).toContain('/instance')
    expect(document.querySelector('[data-testid="demo-banner"]')).toBeNull()
  })
})
