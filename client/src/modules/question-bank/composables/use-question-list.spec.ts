import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { withSetup } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'
import { fakeServer, json } from '@/test/fake-server'
import { BANK_ID, questionFixture } from '../testing/fixtures'
import { SEARCH_DEBOUNCE_MS, useQuestionList } from './use-question-list'

const path = `/question-banks/${BANK_ID}/questions`

describe('useQuestionList', () => {
  beforeEach(() => {
    seedSession(['trainer'])
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('loads the first page of the bank', async () => {
    const server = fakeServer({ [`GET ${path}`]: json(200, { items: [questionFixture()], total: 41 }) })
    const { result: list } = await withSetup(() => useQuestionList(() => BANK_ID))

    await list.load()

    expect(list.total.value).toBe(41)
    expect(server.calls[0]?.url).toBe(`/api${path}?page=1&pageSize=20`)
  })

  it('searches once the trainer stops typing, from the first page, Chinese included', async () => {
    const server = fakeServer({ [`GET ${path}`]: json(200, { items: [], total: 0 }) })
    const { result: list } = await withSetup(() => useQuestionList(() => BANK_ID))
    vi.useFakeTimers()
    list.paging.page = 3

    list.filters.q = '许'
    await flushPromises()
    list.filters.q = '许可证'
    await flushPromises()
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS)
    await flushPromises()

    expect(server.calls).toHaveLength(1)
    expect(decodeURIComponent(server.calls[0]?.url ?? '')).toContain('page=1&pageSize=20&q=许可证')
  })

  it('sends every chosen filter, needs-review as the server spells it', async () => {
    const server = fakeServer({ [`GET ${path}`]: json(200, { items: [], total: 0 }) })
    const { result: list } = await withSetup(() => useQuestionList(() => BANK_ID))

    Object.assign(list.filters, { type: 'single', dimension: '法律法规', difficulty: 3, status: 'active', needsReview: true, categoryId: 'c1' })
    await flushPromises()

    const url = decodeURIComponent(server.calls.at(-1)?.url ?? '')
    expect(url).toContain('categoryId=c1&type=single&dimension=法律法规&difficulty=3&status=active&needsReview=true')
    expect(list.isFiltered.value).toBe(true)
    list.clearFilters()
    expect(list.isFiltered.value).toBe(false)
  })

  it('forgets selected rows that are no longer shown', async () => {
    fakeServer({ [`GET ${path}`]: json(200, { items: [questionFixture()], total: 1 }) })
    const { result: list } = await withSetup(() => useQuestionList(() => BANK_ID))
    list.selectedIds.value = [questionFixture().id, 'gone']

    await list.load()

    expect(list.selectedIds.value).toEqual([questionFixture().id])
  })
})
