import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fakeServer, json, serverError } from '@/test/fake-server'
import { withSetup } from '@/test/test-app'
import { queueItemFixture } from '../testing/fixtures'
import { rubricSuggestion, useGradingQueue } from './use-grading-queue'

const A = queueItemFixture({ attemptId: 'a0000000-0000-4000-8000-000000000001' })
const B = queueItemFixture({ attemptId: 'b0000000-0000-4000-8000-000000000002', response: '记录需求' })

describe('rubric helper', () => {
  it('suggests the sum of the ticked points', () => {
    expect(rubricSuggestion(A, [0, 2])).toBe(7)
  })

  it('never suggests more than the question is worth', () => {
    expect(rubricSuggestion({ ...A, points: 5 }, [0, 1, 2])).toBe(5)
  })
})

describe('marking the essay queue', () => {
  it('marks an answer, takes it out of the queue and shows the next one', async () => {
    const server = fakeServer({
      'GET /grading/queue': json(200, [A, B]),
      [`POST /grading/attempts/${A.attemptId}/slots/20`]: json(200, { slotScore: 7, attemptStatus: 'graded', attemptScore: 87 }),
    })
    const { result } = await withSetup(() => useGradingQueue())
    await result.load()
    expect(result.numberOf(result.current.value!)).toBe(1)

    result.draft.ticked = [0, 1]
    result.useSuggestion()
    result.draft.feedback = '  少了跟踪  '
    expect(await result.submitMark()).toMatchObject({ attemptStatus: 'graded', attemptScore: 87 })

    expect(server.calls.at(-1)?.body).toEqual({ score: 7, feedback: '少了跟踪' })
    expect(result.items.value).toHaveLength(1)
    expect(result.current.value?.response).toBe('记录需求')
    expect(result.numberOf(result.current.value!)).toBe(2)
    await flushPromises()
    expect(result.draft).toMatchObject({ score: undefined, ticked: [], feedback: '' })
  })

  it('does not send a score above the question points', async () => {
    const server = fakeServer({ 'GET /grading/queue': json(200, [A]) })
    const { result } = await withSetup(() => useGradingQueue())
    await result.load()
    result.draft.score = 11
    expect(result.scoreValid.value).toBe(false)
    expect(await result.submitMark()).toBeNull()
    expect(server.calls.filter((c) => c.method === 'POST')).toHaveLength(0)
  })

  it('keeps the answer and the server message when marking fails', async () => {
    fakeServer({
      'GET /grading/queue': json(200, [A]),
      [`POST /grading/attempts/${A.attemptId}/slots/20`]: serverError(409, '考生尚未交卷，不能评分'),
    })
    const { result } = await withSetup(() => useGradingQueue())
    await result.load()
    result.draft.score = 5
    await result.submitMark()
    expect(result.items.value).toHaveLength(1)
    expect(result.saveError.value).toMatchObject({ message: '考生尚未交卷，不能评分' })
  })

  it('with second marking, lists marked answers and shows mine as marked after marking', async () => {
    const server = fakeServer({
      'GET /grading/queue': json(200, [A]),
      [`POST /grading/attempts/${A.attemptId}/slots/20`]: json(200, { slotScore: 6, attemptStatus: 'graded', attemptScore: 80 }),
    })
    const { result } = await withSetup(() => useGradingQueue())
    result.includeMarked.value = true
    await flushPromises()
    expect(server.calls[0]?.url).toContain('includeMarked=true')

    result.draft.score = 6
    await result.submitMark()
    expect(result.items.value[0]).toMatchObject({ markedByMe: true, marks: 1 })
  })
})
