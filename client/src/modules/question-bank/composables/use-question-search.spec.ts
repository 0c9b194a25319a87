import { describe, expect, it } from 'vitest'
import { withSetup } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'
import { fakeServer, json } from '@/test/fake-server'
import { questionFixture } from '../testing/fixtures'
import { useQuestionSearch } from './use-question-search'

describe('useQuestionSearch', () => {
  it('asks the server for all the words, across banks, and keeps the terms for highlighting', async () => {
    seedSession(['trainer'])
    const hit = { ...questionFixture(), bankName: '城中题库' }
    const server = fakeServer({ 'GET /question-banks/search': json(200, { items: [hit], total: 1, terms: ['货源', '投放'] }) })
    const { result } = await withSetup(() => useQuestionSearch())
    result.query.value = ' 货源 投放 '
    await result.run()

    const url = new URL(server.calls[0].url, 'http://localhost')
    expect([url.searchParams.get('q'), url.searchParams.get('page')]).toEqual(['货源 投放', '1'])
    expect(result.hits.value.map((h) => h.bankName)).toEqual(['城中题库'])
    expect(result.terms.value).toEqual(['货源', '投放'])
    expect(result.empty.value).toBe(false)
  })

  it('says nothing was found only after a search ran, and clears back to the start', async () => {
    seedSession(['trainer'])
    fakeServer({ 'GET /question-banks/search': json(200, { items: [], total: 0, terms: ['琥珀'] }) })
    const { result } = await withSetup(() => useQuestionSearch())
    expect(result.empty.value).toBe(false)
    result.query.value = '琥珀'
    await result.run()
    expect([result.empty.value, result.searched.value]).toEqual([true, '琥珀'])
    result.clear()
    expect([result.empty.value, result.searched.value, result.query.value]).toEqual([false, null, ''])
  })

  it('does not call the server for blank input', async () => {
    seedSession(['trainer'])
    const server = fakeServer({})
    const { result } = await withSetup(() => useQuestionSearch())
    result.query.value = '   '
    await result.run()
    expect(server.calls).toEqual([])
  })
})
