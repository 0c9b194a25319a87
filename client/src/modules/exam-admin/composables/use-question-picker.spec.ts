import { describe, expect, it } from 'vitest'
import { fakeServer, json } from '@/test/fake-server'
import { withSetup } from '@/test/test-app'
import { bankFixture, BANK_ID, questionFixture } from '@/modules/question-bank/testing/fixtures'
import { useQuestionPicker } from './use-question-picker'

describe('picking questions for a fixed paper', () => {
  it('lists only active, reviewed questions of the first bank that has any', async () => {
    const server = fakeServer({
      'GET /question-banks': json(200, [bankFixture({ id: 'empty', activeCount: 0 }), bankFixture()]),
      [`GET /question-banks/${BANK_ID}/questions`]: json(200, { items: [questionFixture()], total: 1 }),
    })
    const { result } = await withSetup(() => useQuestionPicker())
    await result.loadBanks()
    await result.load()
    expect(result.filters.bankId).toBe(BANK_ID)
    const url = server.calls.at(-1)?.url ?? ''
    expect(url).toContain('status=active')
    expect(url).toContain('needsReview=false')
    expect(result.items.value).toHaveLength(1)
  })

  it('keeps what was ticked across pages, once each', async () => {
    fakeServer({})
    const { result } = await withSetup(() => useQuestionPicker())
    const a = questionFixture({ id: 'a' })
    result.toggle(a, true)
    result.toggle(questionFixture({ id: 'b' }), true)
    result.toggle(a, true)
    expect(result.chosen.value.map((q) => q.id)).toEqual(['b', 'a'])
    result.toggle(a, false)
    expect([...result.chosenIds.value]).toEqual(['b'])
  })
})
