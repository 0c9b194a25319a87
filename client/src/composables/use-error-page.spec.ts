import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountAppAt } from '@/test/test-app'
import { meFor, seedSession } from '@/test/session-fixtures'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { BANK_ID } from '@/modules/question-bank/testing/fixtures'
import { SITTING_ID } from '@/modules/exam-admin/testing/fixtures'

const me = (roles: Array<'trainer' | 'manager'>) => json(200, meFor({ id: 'u', username: 'u', displayName: '孙主任', roles }))

// The first mount of the whole app imports every page's code: slow on a busy machine.
describe('a page whose main load is refused', { timeout: 20_000 }, () => {
  it('shows one clean "not found" page at the same address for a bank outside the user’s scope', async () => {
    seedSession(['trainer'])
    fakeServer({
      'GET /me': me(['trainer']),
      [`GET /question-banks/${BANK_ID}`]: serverError(404, '题库不存在或不在您的权限范围内。'),
      [`GET /question-banks/${BANK_ID}/categories`]: serverError(404, '题库不存在或不在您的权限范围内。'),
      [`GET /question-banks/${BANK_ID}/questions`]: serverError(404, '题库不存在或不在您的权限范围内。'),
    })
    const { wrapper, router } = await mountAppAt(`/question-banks/${BANK_ID}?page=2`)
    await flushPromises()

    await vi.waitFor(() => expect(wrapper.find('main').text()).toContain('页面不存在'))
    const main = wrapper.find('main')
    expect(main.findAll('.el-alert')).toHaveLength(0)
    expect(main.text()).not.toContain('权限范围')
    expect(router.currentRoute.value.fullPath).toBe(`/question-banks/${BANK_ID}?page=2`)
  })

  it('shows the "no access" page when the server refuses the sitting', async () => {
    seedSession(['manager'])
    fakeServer({
      'GET /me': me(['manager']),
      'GET /units': json(200, []),
      [`GET /sittings/${SITTING_ID}`]: serverError(403, '无权查看该场次'),
      [`GET /sittings/${SITTING_ID}/results`]: serverError(403, '无权查看该场次'),
    })
    const { wrapper, router } = await mountAppAt(`/sittings/${SITTING_ID}`)
    await flushPromises()

    await vi.waitFor(() => expect(wrapper.find('[data-testid="forbidden"]').exists()).toBe(true))
    expect(wrapper.find('main').text()).not.toContain('无权查看该场次')
    expect(router.currentRoute.value.query.from).toBe(`/sittings/${SITTING_ID}`)
  })

  it('stays on the page with its own error when the server is down', async () => {
    seedSession(['trainer'])
    fakeServer({
      'GET /me': me(['trainer']),
      [`GET /question-banks/${BANK_ID}`]: serverError(503, '服务暂不可用'),
      [`GET /question-banks/${BANK_ID}/categories`]: json(200, []),
      [`GET /question-banks/${BANK_ID}/questions`]: json(200, { items: [], total: 0 }),
    })
    const { wrapper } = await mountAppAt(`/question-banks/${BANK_ID}`)
    await flushPromises()

    expect(wrapper.find('main').text()).toContain('服务暂不可用')
    expect(wrapper.find('main').text()).not.toContain('页面不存在')
  })
})
