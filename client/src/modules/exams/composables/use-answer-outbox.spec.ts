import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { fakeServer, json, serverError, type RecordedCall } from '@/test/fake-server'
import { attemptStorageKey } from '../exam-storage'
import { useAnswerOutbox, type AnswerOutboxOptions } from './use-answer-outbox'

const ATTEMPT = 'a1'
const saved = (call: RecordedCall) =>
  json(200, { seq: (call.body as { seq: number }).seq, savedAt: '2026-11-27T01:00:00.000Z', serverNow: '2026-11-27T01:00:00.000Z' })
const networkDown = (): Response => {
  throw new TypeError('Failed to fetch')
}

function outbox(options: Partial<AnswerOutboxOptions> = {}) {
  const scope = effectScope()
  const box = scope.run(() => useAnswerOutbox({ attemptId: ATTEMPT, serverNow: () => 1_000, ...options }))!
  return { box, scope }
}

const stored = () => JSON.parse(localStorage.getItem(attemptStorageKey(ATTEMPT, 'outbox')) ?? '{}') as Record<string, unknown>
const putBodies = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'PUT').map((c) => c.body as { answer: unknown; seq: number })

describe('useAnswerOutbox', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('says saving while the request is out and saved only after the server’s 200', async () => {
    let reply: (r: Response) => void = () => undefined
    fakeServer({
      [`PUT /attempts/${ATTEMPT}/answers/1`]: (call) => new Promise<Response>((resolve) => (reply = () => resolve(saved(call)))),
    })
    const { box } = outbox()

    box.put(1, 'A')
    await flushPromises()
    expect(box.stateOf(1)).toBe('saving')
    expect(box.unsavedCount.value).toBe(1)

    reply(new Response())
    await flushPromises()
    expect(box.stateOf(1)).toBe('saved')
    expect(box.unsavedCount.value).toBe(0)
    expect(stored()).toEqual({})
  })

  it('keeps an answer that could not be sent, counts it, and sends it when the network returns', async () => {
    const server = fakeServer({ [`PUT /attempts/${ATTEMPT}/answers/4`]: [networkDown, saved] })
    const { box } = outbox()

    box.put(4, true)
    await flushPromises()
    expect(box.stateOf(4)).toBe('unsaved')
    expect(box.unsavedCount.value).toBe(1)
    expect(box.hasFailures.value).toBe(true)
    expect(stored()).toHaveProperty('4')

    window.dispatchEvent(new Event('online'))
    await flushPromises()
    expect(box.stateOf(4)).toBe('saved')
    expect(box.unsavedCount.value).toBe(0)
    const [first, second] = putBodies(server.calls)
    expect(second).toEqual(first)
  })

  it('tries again on its own, waiting longer each time, until the server answers', async () => {
    const server = fakeServer({ [`PUT /attempts/${ATTEMPT}/answers/2`]: [networkDown, serverError(503, 'busy'), saved] })
    const { box } = outbox({ retryDelaysMs: [2_000, 5_000] })

    box.put(2, ['A', 'C'])
    await flushPromises()
    expect(server.calls).toHaveLength(1)

    await vi.advanceTimersByTimeAsync(1_999)
    expect(server.calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(server.calls).toHaveLength(2)
    expect(box.stateOf(2)).toBe('unsaved')

    await vi.advanceTimersByTimeAsync(5_000)
    expect(server.calls).toHaveLength(3)
    expect(box.stateOf(2)).toBe('saved')
    expect(box.failingSince.value).toBeNull()
  })

  it('gives up on a request that hangs and tries again', async () => {
    const server = fakeServer({
      [`PUT /attempts/${ATTEMPT}/answers/1`]: [
        (call) =>
          new Promise<Response>((_resolve, reject) => {
            void call
            const signal = (server.fetchMock.mock.calls[0]?.[1] as RequestInit).signal
            signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
          }),
        saved,
      ],
    })
    const { box } = outbox({ requestTimeoutMs: 10_000, retryDelaysMs: [1_000] })

    box.put(1, 'B')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(box.stateOf(1)).toBe('unsaved')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(box.stateOf(1)).toBe('saved')
  })

  it('numbers every change higher than the last, also after a reload', async () => {
    const server = fakeServer({ [`PUT /attempts/${ATTEMPT}/answers/1`]: saved })
    const first = outbox()
    first.box.put(1, 'A')
    first.box.put(1, 'B')
    await flushPromises()
    first.scope.stop()

    const reloaded = outbox()
    reloaded.box.put(1, 'C')
    await flushPromises()

    const seqs = putBodies(server.calls).map((b) => b.seq)
    expect(seqs.length).toBeGreaterThanOrEqual(2)
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
    expect(new Set(seqs).size).toBe(seqs.length)
    expect(putBodies(server.calls).at(-1)?.answer).toBe('C')
  })

  it('sends the newest answer after the one already on its way, and only then says saved', async () => {
    const replies: Array<() => void> = []
    const server = fakeServer({
      [`PUT /attempts/${ATTEMPT}/answers/1`]: (call) => new Promise<Response>((resolve) => replies.push(() => resolve(saved(call)))),
    })
    const { box } = outbox()

    box.put(1, 'A')
    await flushPromises()
    box.put(1, 'D')
    replies.shift()?.()
    await flushPromises()
    expect(box.stateOf(1)).toBe('saving')

    replies.shift()?.()
    await flushPromises()
    expect(box.stateOf(1)).toBe('saved')
    expect(putBodies(server.calls).map((b) => b.answer)).toEqual(['A', 'D'])
  })

  it('waits for a pause in typing before sending', async () => {
    const server = fakeServer({ [`PUT /attempts/${ATTEMPT}/answers/9`]: saved })
    const { box } = outbox()

    box.put(9, '客', { debounceMs: 800 })
    await vi.advanceTimersByTimeAsync(500)
    box.put(9, '客户', { debounceMs: 800 })
    await vi.advanceTimersByTimeAsync(500)
    expect(server.calls).toHaveLength(0)
    expect(box.stateOf(9)).toBe('saving')
    expect(stored()).toHaveProperty('9')

    await vi.advanceTimersByTimeAsync(300)
    expect(putBodies(server.calls).map((b) => b.answer)).toEqual(['客户'])
    expect(box.stateOf(9)).toBe('saved')
  })

  it('drops an answer when the server already holds a newer one, and asks to reload it', async () => {
    fakeServer({ [`PUT /attempts/${ATTEMPT}/answers/3`]: serverError(409, '服务器上已有更新的答案', { reason: 'stale', seq: 9_999_999 }) })
    const onNewerElsewhere = vi.fn()
    const { box } = outbox({ onNewerElsewhere })

    box.put(3, 12)
    await flushPromises()
    expect(box.unsavedCount.value).toBe(0)
    expect(stored()).toEqual({})
    expect(onNewerElsewhere).toHaveBeenCalledWith(3)
  })

  it('treats a repeat whose first reply was lost as saved, and passes on the server’s clock of the repeat', async () => {
    // The server acknowledges the same {answer, seq} again with the savedAt of its first arrival.
    const server = fakeServer({
      [`PUT /attempts/${ATTEMPT}/answers/3`]: [
        networkDown,
        (call) =>
          json(200, {
            seq: (call.body as { seq: number }).seq,
            savedAt: '2026-11-27T01:00:00.000Z',
            serverNow: '2026-11-27T01:04:00.000Z',
          }),
      ],
    })
    const onNewerElsewhere = vi.fn()
    const onSaved = vi.fn()
    const { box } = outbox({ onNewerElsewhere, onSaved, retryDelaysMs: [1_000] })

    box.put(3, 12)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(box.stateOf(3)).toBe('saved')
    expect(onNewerElsewhere).not.toHaveBeenCalled()
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ serverNow: '2026-11-27T01:04:00.000Z' })
    const [first, second] = putBodies(server.calls)
    expect(second).toEqual(first)
  })

  it('stops and reports when the time is up or the attempt was submitted', async () => {
    const server = fakeServer({
      [`PUT /attempts/${ATTEMPT}/answers/1`]: serverError(409, '作答时间已到，答案未能保存', { reason: 'deadline' }),
    })
    const onClosed = vi.fn()
    const { box } = outbox({ onClosed })

    box.put(1, 'A')
    await flushPromises()
    expect(onClosed).toHaveBeenCalledWith('deadline', '作答时间已到，答案未能保存')
    box.put(2, 'B')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(server.calls).toHaveLength(1)
  })

  it('shows the server’s reason when it refuses an answer, and does not resend it', async () => {
    const server = fakeServer({ [`PUT /attempts/${ATTEMPT}/answers/1`]: serverError(400, 'answer: 单选题的作答应为一个选项编号') })
    const { box } = outbox()

    box.put(1, ['A'])
    await flushPromises()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(box.stateOf(1)).toBe('rejected')
    expect(box.rejections[1]).toContain('单选题的作答应为一个选项编号')
    expect(server.calls).toHaveLength(1)
  })

  it('after a reload resends what the server does not have yet and forgets what it has', async () => {
    const key = attemptStorageKey(ATTEMPT, 'outbox')
    localStorage.setItem(key, JSON.stringify({ 1: { slot: 1, answer: 'A', seq: 50 }, 2: { slot: 2, answer: 'B', seq: 60 } }))
    const server = fakeServer({ [`PUT /attempts/${ATTEMPT}/answers/2`]: saved })
    const { box } = outbox()

    const local = box.restore([
      { slot: 1, answer: 'C', seq: 70, savedAt: '2026-11-27T01:00:00Z' },
      { slot: 2, answer: 'D', seq: 40, savedAt: '2026-11-27T01:00:00Z' },
    ])
    expect([...local]).toEqual([[2, 'B']])
    expect(box.stateOf(2)).toBe('unsaved')

    await box.flush()
    expect(putBodies(server.calls)).toEqual([{ answer: 'B', seq: 60 }])
    expect(box.stateOf(2)).toBe('saved')
    box.put(5, 'x')
    expect(putBodies(server.calls).length).toBeGreaterThanOrEqual(1)
    expect(JSON.parse(localStorage.getItem(attemptStorageKey(ATTEMPT, 'seq')) ?? '0')).toBeGreaterThan(70)
  })
})
