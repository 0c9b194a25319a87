import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fakeServer, json } from '@/test/fake-server'
import { meFor, seedSession } from '@/test/session-fixtures'
import { withSetup } from '@/test/test-app'
import { CONTEST_ID, judgingFixture, SPEAKER_1, SPEAKER_2 } from '../testing/fixtures'
import { useJudgeSheet } from './use-judge-sheet'

function serve(put = json(200, { items: {}, total: 81 })) {
  const user = seedSession(['staff'])
  const server = fakeServer({
    'GET /me': json(200, meFor(user)),
    [`GET /contests/${CONTEST_ID}/judging`]: json(200, judgingFixture()),
    [`PUT /contests/${CONTEST_ID}/speeches/${SPEAKER_2}/scores/${user.id}`]: put,
  })
  return { ...server, user }
}

describe('the judge’s phone (useJudgeSheet)', () => {
  it('opens on the first speaker still to score, and submits only a complete sheet, as the signed-in judge', async () => {
    const { calls, user } = serve()
    const { result } = await withSetup(() => useJudgeSheet(CONTEST_ID))
    await result.load()
    expect(result.speakerId.value).toBe(SPEAKER_2)
    expect(result.ready.value).toBe(false)
    expect(await result.submit()).toBe(false)

    Object.assign(result.items, { content: 27.5, delivery: 26, presence: 18, memorised: 9.5 })
    result.step('impression', 1)
    result.step('impression', 1)
    expect(result.items.impression).toBe(1)
    expect(result.total.value).toBe(82)
    expect(result.ready.value).toBe(true)
    expect(await result.submit()).toBe(true)

    const put = calls.find((c) => c.method === 'PUT')
    expect(put?.path).toBe(`/contests/${CONTEST_ID}/speeches/${SPEAKER_2}/scores/${user.id}`)
    expect(put?.body).toEqual({ items: { content: 27.5, delivery: 26, presence: 18, memorised: 9.5, impression: 1 } })
    expect(result.saved.value).toBe(true)
  })

  it('shows a locked speaker’s sheet as it was and never offers to submit it', async () => {
    serve()
    const { result } = await withSetup(() => useJudgeSheet(CONTEST_ID))
    await result.load()
    result.pick(SPEAKER_1)
    await flushPromises()
    expect(result.items.content).toBe(28)
    expect(result.ready.value).toBe(false)
  })

  it('keeps the sheet and says why when the server refuses it', async () => {
    serve(json(409, { statusCode: 409, error: 'Conflict', code: 'contests.speech.locked', message: '该选手的成绩已锁定' }))
    const { result } = await withSetup(() => useJudgeSheet(CONTEST_ID))
    await result.load()
    Object.assign(result.items, { content: 20, delivery: 20, presence: 10, memorised: 5, impression: 5 })
    expect(await result.submit()).toBe(false)
    expect(result.error.value).toBeTruthy()
    expect(result.items.content).toBe(20)
  })
})
