import { describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { fakeServer, json, serverError, type RecordedCall } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { mountAppAt } from '@/test/test-app'
import { feedbackFixture, practiceQuestionsFixture, questionId } from '../testing/fixtures'
import { practiceRequestFrom } from './use-practice-session'

const DAY = 86_400_000
const later = (ms: number) => new Date(Date.now() + ms).toISOString()

/** Question 1 (single choice) wrong, 2 (true/false) right, 3 (numeric) right and mastered. */
function grade(call: RecordedCall): Response {
  const { questionId: id } = call.body as { questionId: string }
  if (id === questionId(1)) return json(200, feedbackFixture())
  if (id === questionId(2)) {
    return json(
      200,
      feedbackFixture({ state: 'correct', fraction: 1, rightAnswer: false as never, explanation: null, box: 3, nextDueAt: later(4 * DAY) }),
    )
  }
  return json(
    200,
    feedbackFixture({
      state: 'correct',
      fraction: 1,
      rightAnswer: { value: 90 },
      explanation: null,
      box: 5,
      mastered: true,
      nextDueAt: later(16 * DAY),
    }),
  )
}

function serve(answers: Parameters<typeof fakeServer>[0][string] = grade) {
  const user = seedSession(['staff'])
  return fakeServer({
    'GET /me': json(200, meFor(user)),
    'GET /me/practice': json(200, practiceQuestionsFixture()),
    'POST /me/practice/answers': answers,
  })
}

const button = (wrapper: VueWrapper, testId: string) => wrapper.find(`[data-testid="${testId}"]`)
async function click(wrapper: VueWrapper, testId: string) {
  await button(wrapper, testId).trigger('click')
  await flushPromises()
}

describe('a practice round (usePracticeSession, laid out by PracticeSessionView)', () => {
  it('says plainly that practice does not count, and shows one question at a time without points', async () => {
    const server = serve()
    const { wrapper } = await mountAppAt('/practice/session?source=wrong_book')

    expect(wrapper.text()).toContain('练习不计入考核成绩')
    expect(wrapper.text()).toContain('错题复习')
    expect(wrapper.findAll('[data-testid="question"]')).toHaveLength(1)
    expect(wrapper.find('[data-testid="practice-progress"]').text()).toContain('第 1 / 3 题')
    expect(wrapper.find('[data-testid="question"]').text()).not.toContain('1 分')
    expect(server.calls.find((c) => c.path === '/me/practice')?.url).toContain('source=wrong_book&count=10')
    wrapper.unmount()
  })

  it('checks only once answered, then says wrong, shows the right option by its text, the explanation and the quick retry', async () => {
    const server = serve()
    const { wrapper } = await mountAppAt('/practice/session?source=wrong_book')

    expect(button(wrapper, 'practice-check').attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('作答后即可检查答案')
    await wrapper.findAll('input[type="radio"]')[0].setValue(true)
    await click(wrapper, 'practice-check')

    expect(server.calls.at(-1)?.body).toEqual({ questionId: questionId(1), answer: 'C' })
    const feedback = wrapper.find('[data-testid="practice-feedback"]')
    expect(feedback.text()).toContain('回答错误')
    expect(feedback.find('[data-testid="right-answer"]').text()).toBe('C. 悬挂在经营场所的显著位置')
    expect(feedback.text()).toContain('许可证应当悬挂在经营场所的显著位置')
    expect(feedback.find('[data-testid="next-review"]').text()).toBe('下次复习：10分钟后')
    expect(feedback.text()).toContain('掌握程度 1/5')
    expect(document.activeElement?.textContent).toContain('回答错误')
    // The checked answer cannot be changed any more.
    expect(wrapper.find('fieldset').attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })

  it('moves a right answer up a box and says in how many days it comes back, then mastered, then sums up', async () => {
    serve()
    const { wrapper } = await mountAppAt('/practice/session?source=dimension&dimension=法律法规')
    expect(wrapper.text()).toContain('科目练习：法律法规')

    await wrapper.findAll('input[type="radio"]')[1].setValue(true)
    await click(wrapper, 'practice-check')
    await click(wrapper, 'practice-next')

    expect(wrapper.find('[data-testid="practice-progress"]').text()).toContain('第 2 / 3 题')
    expect(wrapper.find('[data-testid="practice-progress"]').text()).toContain('对 0 · 错 1')
    await wrapper.findAll('input[type="radio"]')[1].setValue(true)
    await click(wrapper, 'practice-check')
    let feedback = wrapper.find('[data-testid="practice-feedback"]')
    expect(feedback.text()).toContain('回答正确')
    expect(feedback.find('[data-testid="right-answer"]').text()).toBe('错')
    expect(feedback.text()).toContain('掌握程度 3/5')
    expect(feedback.find('[data-testid="next-review"]').text()).toBe('下次复习：4天后')
    await click(wrapper, 'practice-next')

    await wrapper.find('input[inputmode="decimal"]').setValue('90')
    await click(wrapper, 'practice-check')
    feedback = wrapper.find('[data-testid="practice-feedback"]')
    expect(feedback.find('[data-testid="right-answer"]').text()).toBe('90 户')
    expect(feedback.find('[data-testid="next-review"]').text()).toBe('已掌握，不再安排复习')
    expect(button(wrapper, 'practice-next').text()).toBe('查看小结')
    await click(wrapper, 'practice-next')

    const summary = wrapper.find('[data-testid="practice-summary"]')
    expect(summary.find('[data-testid="practice-score"]').text()).toBe('答对 2 / 3 题')
    expect(summary.findAll('li').map((li) => li.find('[aria-hidden="true"]').text())).toEqual(['✗', '✓', '✓'])
    expect(summary.text()).toContain('返回按科目练习')
    expect(summary.find('[data-testid="practice-answered"]').text()).toBe('已作答 3 / 3 题')
    expect(summary.find('[data-testid="practice-by-dimension"]').text()).toContain('法律法规答对 2 / 3')
    expect(summary.find('[data-testid="practice-suggestion"]').text()).toContain('建议接着练“法律法规”')
    expect(summary.find('[data-testid="practice-suggestion"] a').attributes('href')).toBe(
      `/practice/session?source=dimension&dimension=${encodeURIComponent('法律法规')}`,
    )
    wrapper.unmount()
  })

  it('keeps the answer and offers to check again when the network fails', async () => {
    serve([
      () => {
        throw new TypeError('Failed to fetch')
      },
      grade,
    ])
    const { wrapper } = await mountAppAt('/practice/session?source=wrong_book')

    await wrapper.findAll('input[type="radio"]')[2].setValue(true)
    await click(wrapper, 'practice-check')
    expect(wrapper.find('[role="alert"]').text()).toContain('未能检查答案')
    expect(button(wrapper, 'practice-check').attributes('disabled')).toBeUndefined()

    await click(wrapper, 'practice-check')
    expect(wrapper.find('[data-testid="practice-feedback"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('says so when nothing is due, with the way back', async () => {
    const user = seedSession(['staff'])
    fakeServer({ 'GET /me': json(200, meFor(user)), 'GET /me/practice': json(200, []) })
    const { wrapper } = await mountAppAt('/practice/session?source=wrong_book')

    expect(wrapper.find('[data-testid="practice-empty"]').text()).toContain('现在没有到期需要复习的错题。')
    expect(wrapper.find('[data-testid="practice-empty"] a').text()).toBe('返回错题本')
    wrapper.unmount()
  })

  it('shows the server’s reason when the questions cannot be drawn', async () => {
    const user = seedSession(['staff'])
    fakeServer({ 'GET /me': json(200, meFor(user)), 'GET /me/practice': serverError(400, 'dimension: 请选择要练习的能力维度') })
    const { wrapper } = await mountAppAt('/practice/session?source=dimension')

    expect(wrapper.find('[role="alert"]').text()).toContain('请选择要练习的能力维度')
    wrapper.unmount()
  })
})

describe('practiceRequestFrom', () => {
  it('reviews the 错题本 unless a subject round is asked for, and ignores unknown subjects', () => {
    expect(practiceRequestFrom({})).toEqual({ source: 'wrong_book' })
    expect(practiceRequestFrom({ source: 'dimension', dimension: '法律法规' })).toEqual({ source: 'dimension', dimension: '法律法规' })
    expect(practiceRequestFrom({ source: 'dimension', dimension: '未分类' })).toEqual({ source: 'dimension' })
  })
})
