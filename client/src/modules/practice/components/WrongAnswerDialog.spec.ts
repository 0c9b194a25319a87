import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { mountAppAt } from '@/test/test-app'
import { questionId, wrongEntry } from '../testing/fixtures'

function serve(detail: Response) {
  const user = seedSession(['staff'])
  fakeServer({
    'GET /me': json(200, meFor(user)),
    'GET /me/wrong-answers': json(200, [wrongEntry({ dueAt: new Date(Date.now() - 60_000).toISOString() })]),
    [`GET /me/wrong-answers/${questionId(1)}`]: detail,
  })
}

async function openCard() {
  const { wrapper } = await mountAppAt('/practice')
  await flushPromises()
  await wrapper.find('[data-testid="wrong-open"]').trigger('click')
  await flushPromises()
  return document.querySelector('[data-testid="wrong-detail"]')
}

describe('opening a 错题本 card', { timeout: 20_000 }, () => {
  it('shows the question, my wrong answer, the right answer by its text and the explanation', async () => {
    serve(
      json(200, {
        questionId: questionId(1),
        dimension: '法律法规',
        content: {
          type: 'single',
          stem: '零售户取得许可证后，许可证应当如何放置？',
          options: [
            { id: 'x1', text: '交给客户经理代为保管' },
            { id: 'x2', text: '悬挂在经营场所的显著位置' },
          ],
          answer: 'x2',
          explanation: '《烟草专卖许可证管理办法》：许可证应当悬挂在经营场所的显著位置。',
        },
        myAnswers: [{ answer: 'x1', answeredAt: '2026-11-26T08:00:00.000Z' }],
      }),
    )
    const detail = await openCard()

    expect(detail?.textContent).toContain('零售户取得许可证后，许可证应当如何放置？')
    expect(detail?.querySelector('[data-testid="wrong-my-answer"]')?.textContent).toContain('交给客户经理代为保管')
    expect(detail?.querySelector('[data-testid="wrong-right-answer"]')?.textContent?.trim()).toBe('悬挂在经营场所的显著位置')
    expect(detail?.textContent).toContain('许可证应当悬挂在经营场所的显著位置。')
  })

  it('says why when the answer may not be shown yet', async () => {
    serve(serverError(409, '这道题属于尚未结束的考试，考试结束后才能查看答案'))
    const detail = await openCard()

    expect(detail?.textContent).toContain('考试结束后才能查看答案')
    expect(detail?.querySelector('[data-testid="wrong-right-answer"]')).toBeNull()
  })
})
