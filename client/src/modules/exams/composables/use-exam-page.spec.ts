import { describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { fakeServer, json, serverError, type RecordedCall } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { mountAppAt } from '@/test/test-app'
import { LAYOUT_STORAGE_KEY } from '../exam-storage'
import { attemptFixture, ATTEMPT_ID, resultFixture } from '../testing/fixtures'

const BASE = `/attempts/${ATTEMPT_ID}`
const saved = (call: RecordedCall) =>
  json(200, { seq: (call.body as { seq: number }).seq, savedAt: new Date().toISOString(), serverNow: new Date().toISOString() })
const networkDown = (): Response => {
  throw new TypeError('Failed to fetch')
}
/** The paper opened just now, with 30 minutes on the server's clock. */
const freshAttempt = () => {
  const now = Date.now()
  return attemptFixture({ serverNow: new Date(now).toISOString(), deadline: new Date(now + 30 * 60_000).toISOString() })
}

function serve(extra: Record<string, Parameters<typeof fakeServer>[0][string]> = {}) {
  const user = seedSession(['staff'])
  return fakeServer({ 'GET /me': json(200, meFor(user)), [`GET ${BASE}`]: json(200, freshAttempt()), ...extra })
}

const question = (wrapper: VueWrapper, n: number) => wrapper.findAll('[data-testid="question"]')[n - 1]
const stateOf = (wrapper: VueWrapper, n: number) => question(wrapper, n).find('[data-testid="save-state"]').text()

describe('the exam page (useExamPage, laid out by AttemptView)', () => {
  it('shows the time left by the server’s clock and one question per screen when chosen', async () => {
    serve()
    localStorage.setItem(LAYOUT_STORAGE_KEY, '"one"')
    const { wrapper } = await mountAppAt(BASE)

    expect(wrapper.find('[data-testid="countdown"]').text()).toMatch(/30:00|29:5\d/)
    expect(wrapper.findAll('[data-testid="question"]')).toHaveLength(1)
    expect(wrapper.text()).toContain('1 / 8')
    await wrapper
      .findAll('button')
      .find((b) => b.text().startsWith('下一题'))!
      .trigger('click')
    expect(wrapper.text()).toContain('2 / 8')
    expect(question(wrapper, 1).text()).toContain('预测准确率考核的重点包括')
  })

  it('says saved only after the server’s 200, keeps unsent answers with a banner, and saves them when back online', async () => {
    serve({ [`PUT ${BASE}/answers/1`]: saved, [`PUT ${BASE}/answers/3`]: [networkDown, saved] })
    const { wrapper } = await mountAppAt(BASE)

    await question(wrapper, 1).findAll('input[type="radio"]')[2].setValue(true)
    await flushPromises()
    expect(stateOf(wrapper, 1)).toBe('已保存')

    await question(wrapper, 3).findAll('input[type="radio"]')[1].setValue(true)
    await flushPromises()
    expect(stateOf(wrapper, 3)).toBe('未保存（离线）')
    expect(wrapper.find('[data-testid="outbox-banner"]').text()).toContain('1 个答案尚未保存到服务器')

    window.dispatchEvent(new Event('online'))
    await flushPromises()
    expect(stateOf(wrapper, 3)).toBe('已保存')
    expect(wrapper.find('[data-testid="outbox-banner"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('keeps the countdown right when a re-sent answer is acknowledged with the time it was first saved', async () => {
    const firstSavedAt = new Date(Date.now() - 10 * 60_000).toISOString()
    serve({
      [`PUT ${BASE}/answers/1`]: (call) =>
        json(200, { seq: (call.body as { seq: number }).seq, savedAt: firstSavedAt, serverNow: new Date().toISOString() }),
    })
    const { wrapper } = await mountAppAt(BASE)

    await question(wrapper, 1).findAll('input[type="radio"]')[0].setValue(true)
    await flushPromises()
    expect(stateOf(wrapper, 1)).toBe('已保存')
    expect(wrapper.find('[data-testid="countdown"]').text()).toMatch(/30:00|29:5\d/)
    wrapper.unmount()
  })

  it('submits after confirming, saying how many questions are unanswered, and shows the result', async () => {
    const server = serve({
      [`PUT ${BASE}/answers/1`]: saved,
      [`POST ${BASE}/submit`]: json(200, resultFixture()),
      [`GET ${BASE}/result`]: json(200, resultFixture()),
    })
    const { wrapper, router } = await mountAppAt(BASE)
    await question(wrapper, 1).findAll('input[type="radio"]')[0].setValue(true)
    await flushPromises()

    await wrapper
      .findAll('button')
      .find((b) => b.text() === '交卷')!
      .trigger('click')
    await flushPromises()
    const dialog = document.querySelector('[data-testid="submit-dialog"]')!
    expect(dialog.textContent).toContain('还有 7 题未作答')
    // The result page is a lazy chunk: wait for the navigation itself, however long loading it takes.
    const arrived = new Promise<void>((resolve) => router.afterEach((to) => to.name === 'attempt-result' && resolve()))
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-submit"]')!.click()

    await arrived
    await vi.waitFor(() => expect(wrapper.find('[data-testid="score"]').exists()).toBe(true))
    expect(server.calls.some((c) => c.method === 'POST' && c.path === `${BASE}/submit`)).toBe(true)
    expect(router.currentRoute.value.name).toBe('attempt-result')
    expect(wrapper.find('[data-testid="score"]').text()).toBe('72.5')
    expect(wrapper.text()).toContain('答案将在考试结束后公布')
  })

  it('goes to the result when the server says time is up', async () => {
    serve({
      [`PUT ${BASE}/answers/1`]: serverError(409, '作答时间已到，答案未能保存', { reason: 'deadline' }),
      [`GET ${BASE}/result`]: json(200, resultFixture()),
    })
    const { wrapper, router } = await mountAppAt(BASE)

    await question(wrapper, 1).findAll('input[type="radio"]')[0].setValue(true)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('attempt-result'))
    expect(document.body.textContent).toContain('作答时间已到，已为您交卷')
    wrapper.unmount()
  })
})
