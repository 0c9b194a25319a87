import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountAppAt } from '@/test/test-app'
import { meFor, seedSession } from '@/test/session-fixtures'
import { fakeServer, json } from '@/test/fake-server'
import { BANK_ID, bankFixture, questionFixture } from '../testing/fixtures'

function serve(canEdit: boolean, needsReviewCount = 0) {
  fakeServer({
    'GET /me': json(200, meFor({ id: 'u', username: 'u', displayName: '孙主任', roles: ['manager'] })),
    [`GET /question-banks/${BANK_ID}`]: json(200, bankFixture({ canEdit, needsReviewCount })),
    [`GET /question-banks/${BANK_ID}/categories`]: json(200, [{ id: 'c1', parentId: null, name: '烟草专卖法', path: '烟草专卖法', questionCount: 1 }]),
    [`GET /question-banks/${BANK_ID}/questions`]: json(200, { items: [questionFixture({ needsReview: needsReviewCount > 0 })], total: 1 }),
  })
}

describe('a bank’s page', () => {
  it('gives a trainer import, new question, export and the review badge', async () => {
    seedSession(['trainer'])
    serve(true, 1)
    const { wrapper } = await mountAppAt(`/question-banks/${BANK_ID}`)
    await flushPromises()

    const main = wrapper.find('main')
    expect(main.find('h1').text()).toContain('法律法规题库')
    expect(main.find('[data-testid="bank-import"]').exists()).toBe(true)
    expect(main.find('[data-testid="question-create"]').exists()).toBe(true)
    expect(main.find('[data-testid="bank-export"]').exists()).toBe(true)
    expect(main.find('[data-testid="needs-review-badge"]').text()).toBe('1 题待复核')
    expect(main.find('[data-testid="mark-reviewed"]').exists()).toBe(true)
    expect(main.text()).toContain('零售许可证有效期为几年？')
    expect(main.text()).toContain('烟草专卖法')
  })

  it('lets a manager read the bank without any editing controls', async () => {
    seedSession(['manager'])
    serve(false, 1)
    const { wrapper } = await mountAppAt(`/question-banks/${BANK_ID}`)
    await flushPromises()

    const main = wrapper.find('main')
    expect(main.text()).toContain('您可以查看题库和题目')
    expect(main.find('[data-testid="bank-import"]').exists()).toBe(false)
    expect(main.find('[data-testid="question-create"]').exists()).toBe(false)
    expect(main.find('[data-testid="mark-reviewed"]').exists()).toBe(false)
    expect(main.findAll('.el-table-column--selection')).toHaveLength(0)
    expect(main.find('[data-testid="bank-export"]').exists()).toBe(true)
  })

  it('keeps a customer manager out', async () => {
    seedSession(['staff'])
    serve(false)
    const { router } = await mountAppAt(`/question-banks/${BANK_ID}`)

    expect(router.currentRoute.value.name).toBe('forbidden')
  })
})
