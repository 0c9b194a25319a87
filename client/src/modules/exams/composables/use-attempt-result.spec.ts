import { describe, expect, it } from 'vitest'
import { fakeServer, json } from '@/test/fake-server'
import { seedSession } from '@/test/session-fixtures'
import { withSetup } from '@/test/test-app'
import { ATTEMPT_ID, resultFixture } from '../testing/fixtures'
import { useAttemptStore } from '../stores/attempt'
import { useAttemptResult } from './use-attempt-result'

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
})
