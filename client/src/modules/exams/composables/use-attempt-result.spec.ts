import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { ResultDto } from '@/api/schema'
import { fakeServer, json } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { mountAppAt, withSetup } from '@/test/test-app'
import { ATTEMPT_ID, resultFixture } from '../testing/fixtures'
import { useAttemptStore } from '../stores/attempt'
import { scoringPollDelayMs, useAttemptResult } from './use-attempt-result'

const RESULT = `GET /attempts/${ATTEMPT_ID}/result`

describe('useAttemptResult', () => {
  it('says answers come after the exam closes when the policy hides them', async () => {
    seedSession(['staff'])
    fakeServer({ [RESULT]: json(200, resultFixture()) })
    const { result: page } = await withSetup(() => useAttemptResult(ATTEMPT_ID))

    expect(page.hasScore.value).toBe(true)
    expect(page.answersNotice.value).toBe('later')
    expect(page.dimensionChart.value.series[0]?.data).toEqual([66.7, 66.7])
  })

  it('shows a subject whose essay waits for a marker as 待阅卷, not as a low score', async () => {
    seedSession(['staff'])
    const byDimension = [
      { dimension: '法律法规', score: 20, maxScore: 30, pending: false },
      { dimension: '日常业务', score: 3, maxScore: 15, pending: true },
    ]
    fakeServer({ [RESULT]: json(200, resultFixture({ status: 'submitted', score: null, percent: null, passed: null, byDimension })) })
    const { result: page } = await withSetup(() => useAttemptResult(ATTEMPT_ID))

    expect(page.dimensionChart.value.yAxis.data).toEqual(['日常业务（待阅卷）', '法律法规'])
    expect(page.dimensionChart.value.series[0]?.data).toEqual([null, 66.7])
  })

  it('shows a score of three decimals rounded to two on the page', async () => {
    const user = seedSession(['staff'])
    fakeServer({ 'GET /me': json(200, meFor(user)), [RESULT]: json(200, resultFixture({ score: 23.167, maxScore: 30 })) })
    const { wrapper } = await mountAppAt(`/attempts/${ATTEMPT_ID}/result`)
    await flushPromises()

    expect(wrapper.find('[data-testid="score"]').text()).toBe('23.17')
    wrapper.unmount()
  })

  it('says the answers are not published when the policy never shows them', async () => {
    seedSession(['staff'])
    fakeServer({ [RESULT]: json(200, resultFixture({ moreAfterClose: false })) })
    const { result: page } = await withSetup(() => useAttemptResult(ATTEMPT_ID))

    expect(page.answersNotice.value).toBe('never')
  })

  it('says nothing about answers once everything the policy allows is shown', async () => {
    seedSession(['staff'])
    const visible = { score: true, correctness: true, rightAnswers: true, explanations: true }
    fakeServer({ [RESULT]: json(200, resultFixture({ moreAfterClose: false, visible })) })
    const { result: page } = await withSetup(() => useAttemptResult(ATTEMPT_ID))

    expect(page.answersNotice.value).toBeNull()
  })

  it('says a paper with written answers is awaiting grading', async () => {
    seedSession(['staff'])
    fakeServer({ [RESULT]: json(200, resultFixture({ status: 'submitted', score: null, percent: null, passed: null })) })
    const { result: page } = await withSetup(() => useAttemptResult(ATTEMPT_ID))

    expect(page.hasScore.value).toBe(false)
    expect(page.awaitingGrading.value).toBe(true)
  })

  it('still shows the result handed over by submitting when the network has just dropped', async () => {
    seedSession(['staff'])
    fakeServer({
      [RESULT]: () => {
        throw new TypeError('Failed to fetch')
      },
    })
    const { result: page } = await withSetup(() => {
      useAttemptStore().rememberResult(resultFixture({ score: 88 }))
      return useAttemptResult(ATTEMPT_ID)
    })

    expect(page.error.value).toBeNull()
    expect(page.result.value?.score).toBe(88)
  })

  describe('a submit acknowledged while the score is still being worked out', () => {
    /** As the server acknowledges a submit in a storm: no score and no answers yet. */
    const scoringResult = (): ResultDto => {
      const { attemptId, sittingId, title, submittedAt, visible, moreAfterClose } = resultFixture()
      return { attemptId, sittingId, title, submittedAt, visible, moreAfterClose, status: 'scoring' }
    }
    afterEach(() => vi.useRealTimers())

    it('says the score is coming, looks again a little later, and shows it once there', async () => {
      vi.useFakeTimers()
      const user = seedSession(['staff'])
      const { calls } = fakeServer({
        'GET /me': json(200, meFor(user)),
        [RESULT]: [json(200, scoringResult()), json(200, scoringResult()), json(200, resultFixture({ score: 77 }))],
      })
      const { wrapper } = await mountAppAt(`/attempts/${ATTEMPT_ID}/result`)
      const asked = () => calls.filter((c) => c.path === `/attempts/${ATTEMPT_ID}/result`).length

      expect(wrapper.find('[data-testid="scoring"]').text()).toBe('已交卷，正在计算成绩，稍候会自动显示。')
      expect(wrapper.find('[data-testid="score"]').exists()).toBe(false)
      expect(wrapper.text()).not.toContain('答卷回顾')
      expect(asked()).toBe(1)

      await vi.advanceTimersByTimeAsync(1400) // the first look comes after 2 s ± 25 %
      expect(asked()).toBe(1)
      await vi.advanceTimersByTimeAsync(1200)
      expect(asked()).toBe(2)
      await vi.advanceTimersByTimeAsync(3800) // then after 3 s ± 25 %
      await flushPromises()
      expect(asked()).toBe(3)
      expect(wrapper.find('[data-testid="score"]').text()).toBe('77')
      expect(wrapper.find('[data-testid="scoring"]').exists()).toBe(false)

      await vi.advanceTimersByTimeAsync(60_000)
      expect(asked()).toBe(3)
      wrapper.unmount()
    })

    it('stops looking when the candidate leaves the page', async () => {
      vi.useFakeTimers()
      seedSession(['staff'])
      const { calls } = fakeServer({ [RESULT]: json(200, scoringResult()) })
      const { wrapper } = await withSetup(() => useAttemptResult(ATTEMPT_ID))
      wrapper.unmount()
      await vi.advanceTimersByTimeAsync(60_000)
      expect(calls.filter((c) => c.path === `/attempts/${ATTEMPT_ID}/result`)).toHaveLength(1)
    })

    it('does not ask again at once for a result just handed over by submitting', async () => {
      vi.useFakeTimers()
      seedSession(['staff'])
      const { calls } = fakeServer({ [RESULT]: json(200, resultFixture({ score: 60 })) })
      const { result: page } = await withSetup(() => {
        useAttemptStore().rememberResult(scoringResult())
        return useAttemptResult(ATTEMPT_ID)
      })
      expect(page.scoring.value).toBe(true)
      expect(calls).toHaveLength(0)
      await vi.advanceTimersByTimeAsync(2600)
      expect(calls).toHaveLength(1)
      expect(page.result.value?.score).toBe(60)
      expect(page.scoring.value).toBe(false)
    })

    it('looks less often the longer scoring takes, spread so a room does not come back in step', () => {
      expect([0, 1, 2, 3, 4, 5, 9].map((n) => scoringPollDelayMs(n, () => 0.5))).toEqual([2000, 3000, 5000, 8000, 13000, 20000, 20000])
      expect(scoringPollDelayMs(0, () => 0)).toBe(1500)
      expect(scoringPollDelayMs(0, () => 0.999999)).toBe(2500)
    })
  })
})
