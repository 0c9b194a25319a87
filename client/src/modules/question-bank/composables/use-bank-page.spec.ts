import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { withSetup } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'
import { fakeServer, json } from '@/test/fake-server'
import { BANK_ID, bankFixture, questionFixture } from '../testing/fixtures'
import { useBankPage } from './use-bank-page'

function serve(bank = bankFixture(), questions = [questionFixture()]) {
  return fakeServer({
    [`GET /question-banks/${BANK_ID}`]: json(200, bank),
    [`GET /question-banks/${BANK_ID}/categories`]: json(200, []),
    [`GET /question-banks/${BANK_ID}/questions`]: json(200, { items: questions, total: questions.length }),
    [`POST /questions/${questionFixture().id}/review`]: json(200, questionFixture({ needsReview: false })),
  })
}

describe('useBankPage', () => {
  it('loads the bank, its categories and its questions', async () => {
    seedSession(['trainer'])
    serve()
    const { result: page } = await withSetup(() => useBankPage(() => BANK_ID))
    await flushPromises()

    expect(page.bank.value?.name).toBe('法律法规题库')
    expect(page.list.items.value).toHaveLength(1)
    expect(page.canEdit.value).toBe(true)
  })

  it('keeps a manager’s view read-only when the bank says so', async () => {
    seedSession(['manager'])
    serve(bankFixture({ canEdit: false }), [])
    const { result: page } = await withSetup(() => useBankPage(() => BANK_ID))
    await flushPromises()

    expect(page.canEdit.value).toBe(false)
    expect(page.emptyText.value).toBe('题库里还没有题目。')
  })

  it('tells a trainer how to fill an empty bank', async () => {
    seedSession(['trainer'])
    serve(bankFixture({ questionCount: 0 }), [])
    const { result: page } = await withSetup(() => useBankPage(() => BANK_ID))
    await flushPromises()

    expect(page.emptyText.value).toContain('新建题目')
    expect(page.emptyText.value).toContain('导入')
  })

  it('marks a flagged question reviewed in one click and refreshes the bank’s count', async () => {
    seedSession(['trainer'])
    const flagged = questionFixture({ needsReview: true, reviewReason: '依据已修订' })
    const server = serve(bankFixture({ needsReviewCount: 1 }), [flagged])
    const { result: page } = await withSetup(() => useBankPage(() => BANK_ID))
    await flushPromises()

    await page.markReviewed(flagged)
    await flushPromises()

    expect(page.list.items.value[0]?.needsReview).toBe(false)
    expect(server.calls.filter((c) => c.path === `/question-banks/${BANK_ID}`)).toHaveLength(2)
  })

  it('filters to flagged questions from the badge', async () => {
    seedSession(['trainer'])
    const server = serve()
    const { result: page } = await withSetup(() => useBankPage(() => BANK_ID))
    await flushPromises()

    page.showNeedsReview()
    await flushPromises()

    expect(server.calls.at(-1)?.url).toContain('needsReview=true')
  })

  it('after an import, "查看题目" lists only the questions that import wrote, and "show all" lists the bank again', async () => {
    seedSession(['trainer'])
    const server = serve()
    const { result: page } = await withSetup(() => useBankPage(() => BANK_ID))
    await flushPromises()
    page.list.filters.type = 'single'
    await flushPromises()

    page.onImported({
      created: 2,
      updated: 0,
      skipped: 0,
      byType: {},
      notes: [],
      duplicates: [],
      errors: [],
      warnings: [],
      questionIds: ['q-1', 'q-2'],
    })
    page.showImported()
    await flushPromises()

    const shown = new URL(server.calls.at(-1)?.url ?? '', 'http://x').searchParams
    expect(shown.get('ids')).toBe('q-1,q-2')
    expect(shown.get('type')).toBeNull()
    page.list.filters.ids = ''
    await flushPromises()
    expect(server.calls.at(-1)?.url).not.toContain('ids=')
  })
})
