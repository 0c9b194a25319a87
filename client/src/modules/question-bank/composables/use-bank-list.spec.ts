import { describe, expect, it } from 'vitest'
import { withSetup } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'
import { fakeServer, json } from '@/test/fake-server'
import { bankFixture } from '../testing/fixtures'
import { useBankList } from './use-bank-list'

describe('useBankList', () => {
  it('shows the most recently changed bank first and tells a trainer how to start', async () => {
    seedSession(['trainer'])
    fakeServer({
      'GET /question-banks': json(200, [
        bankFixture({ id: 'a', name: '旧', updatedAt: '2026-01-01T00:00:00Z' }),
        bankFixture({ id: 'b', name: '新', updatedAt: '2026-10-01T00:00:00Z' }),
      ]),
    })
    const { result: page } = await withSetup(() => useBankList())

    expect(page.sorted.value.map((b) => b.name)).toEqual(['新', '旧'])
    expect(page.canCreate.value).toBe(true)
    expect(page.emptyText.value).toContain('新建题库')
  })

  it('does not offer creating banks to a manager', async () => {
    seedSession(['manager'])
    fakeServer({ 'GET /question-banks': json(200, [bankFixture({ canEdit: false })]) })
    const { result: page } = await withSetup(() => useBankList())

    expect(page.canCreate.value).toBe(false)
    expect(page.emptyText.value).toBe('您的范围内还没有题库。')
  })
})
