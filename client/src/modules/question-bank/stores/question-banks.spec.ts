import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { fakeServer, json } from '@/test/fake-server'
import { bankFixture } from '../testing/fixtures'
import { useQuestionBanksStore } from './question-banks'

describe('question banks store', () => {
  it('loads the banks and puts a new one first', async () => {
    setActivePinia(createPinia())
    const created = bankFixture({ id: 'new', name: '新题库', questionCount: 0 })
    fakeServer({ 'GET /question-banks': json(200, [bankFixture()]), 'POST /question-banks': json(201, created) })
    const store = useQuestionBanksStore()

    await store.load()
    await store.create({ name: '新题库' })

    expect(store.banks.map((b) => b.name)).toEqual(['新题库', '法律法规题库'])
    expect(store.byId.get('new')?.questionCount).toBe(0)
  })

  it('replaces a bank with its refreshed counts', async () => {
    setActivePinia(createPinia())
    fakeServer({
      'GET /question-banks': json(200, [bankFixture()]),
      'GET /question-banks/11111111-1111-4111-8111-111111111111': json(200, bankFixture({ needsReviewCount: 3 })),
    })
    const store = useQuestionBanksStore()
    await store.load()

    await store.refresh('11111111-1111-4111-8111-111111111111')

    expect(store.banks).toHaveLength(1)
    expect(store.banks[0]?.needsReviewCount).toBe(3)
  })

  it('keeps the error when the list cannot be loaded', async () => {
    setActivePinia(createPinia())
    fakeServer({ 'GET /question-banks': json(503, { statusCode: 503, error: 'x', message: '维护中' }) })
    const store = useQuestionBanksStore()

    await store.load()

    expect(store.loaded).toBe(false)
    expect(store.error).toBeTruthy()
  })
})
