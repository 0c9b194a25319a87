import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fakeServer, json } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { withSetup } from '@/test/test-app'
import { usePageQuery } from './use-page-query'

describe('the page’s own query (usePageQuery)', () => {
  it('follows the address while on the page, and keeps the last one once the reader leaves', async () => {
    const user = seedSession(['manager'])
    fakeServer({ 'GET /me': json(200, meFor(user)) })
    const { result, router } = await withSetup(() => usePageQuery(), { path: '/team?month=2026-11' })

    await router.push('/team?month=2026-10')
    await flushPromises()
    expect(result.value).toEqual({ month: '2026-10' })

    await router.push('/profile?tab=password')
    await flushPromises()
    expect(result.value).toEqual({ month: '2026-10' })
  })
})
