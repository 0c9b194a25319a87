import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { sittingFixture } from '../testing/fixtures'
import { useSittingsStore } from './sittings'

describe('sittings store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('lists the newest window first and puts a new sitting in its place', async () => {
    fakeServer({
      'GET /sittings': json(200, [
        sittingFixture({ id: 'a', opensAt: '2026-10-01T00:00:00Z' }),
        sittingFixture({ id: 'b', opensAt: '2026-11-01T00:00:00Z' }),
      ]),
    })
    const store = useSittingsStore()
    await store.load()
    expect(store.sittings.map((s) => s.id)).toEqual(['b', 'a'])
    store.upsert(sittingFixture({ id: 'c', opensAt: '2026-10-15T00:00:00Z' }))
    expect(store.sittings.map((s) => s.id)).toEqual(['b', 'c', 'a'])
  })

  it('keeps the server error for the page to show', async () => {
    fakeServer({ 'GET /sittings': serverError(500, '数据库不可用') })
    const store = useSittingsStore()
    await store.load()
    expect(store.error).toMatchObject({ message: '数据库不可用' })
  })
})
