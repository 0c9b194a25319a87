import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, effectScope, ref } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { fakeServer, json } from '@/test/fake-server'
import { attemptStorageKey } from '../exam-storage'
import { ATTEMPT_ID, resultFixture } from '../testing/fixtures'
import { LONG_FAILURE_MS, useExamSubmit } from './use-exam-submit'

const SUBMIT = `POST /attempts/${ATTEMPT_ID}/submit`

function setup(unsavedAtStart = 0) {
  const unsaved = ref(unsavedAtStart)
  const failingSince = ref<number | null>(unsavedAtStart ? Date.now() : null)
  const flush = vi.fn(() => Promise.resolve())
  const onSubmitted = vi.fn()
  const submit = effectScope().run(() =>
    useExamSubmit({
      attemptId: ATTEMPT_ID,
      outbox: { unsavedCount: computed(() => unsaved.value), failingSince, flush },
      answeredCount: ref(17),
      total: ref(20),
      onSubmitted,
    }),
  )!
  return { submit, unsaved, failingSince, flush, onSubmitted }
}

describe('useExamSubmit', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('tells how many questions are unanswered and submits', async () => {
    const server = fakeServer({ [SUBMIT]: json(200, resultFixture()) })
    localStorage.setItem(attemptStorageKey(ATTEMPT_ID, 'seq'), '99')
    const { submit, onSubmitted } = setup()

    submit.open()
    expect(submit.unanswered.value).toBe(3)
    expect(submit.canSubmit.value).toBe(true)
    await submit.confirm()

    expect(server.calls.map((c) => c.method + ' ' + c.path)).toEqual([SUBMIT])
    expect(onSubmitted).toHaveBeenCalledWith(resultFixture(), 'candidate')
    expect(submit.dialogOpen.value).toBe(false)
    expect(localStorage.getItem(attemptStorageKey(ATTEMPT_ID, 'seq'))).toBeNull()
  })

  it('does not submit while answers are unsaved, and lets the candidate retry saving first', async () => {
    const server = fakeServer({ [SUBMIT]: json(200, resultFixture()) })
    const { submit, unsaved, flush } = setup(2)

    submit.open()
    expect(submit.unsaved.value).toBe(2)
    expect(submit.canSubmit.value).toBe(false)
    expect(submit.canSubmitAnyway.value).toBe(false)
    await submit.confirm()
    expect(server.calls).toHaveLength(0)

    flush.mockImplementationOnce(() => {
      unsaved.value = 0
      return Promise.resolve()
    })
    await submit.retrySaving()
    expect(submit.canSubmit.value).toBe(true)
  })

  it('after saving has failed for a long time, offers to submit anyway', async () => {
    fakeServer({ [SUBMIT]: json(200, resultFixture()) })
    const { submit, onSubmitted } = setup(1)

    vi.advanceTimersByTime(LONG_FAILURE_MS)
    submit.open()
    expect(submit.canSubmitAnyway.value).toBe(true)
    await submit.submitAnyway()
    expect(onSubmitted).toHaveBeenCalled()
  })

  it('keeps the dialog open with the reason when submitting fails', async () => {
    fakeServer({
      [SUBMIT]: () => {
        throw new TypeError('Failed to fetch')
      },
    })
    const { submit, onSubmitted } = setup()

    submit.open()
    await submit.confirm()
    expect(submit.dialogOpen.value).toBe(true)
    expect(submit.error.value).toBeTruthy()
    expect(onSubmitted).not.toHaveBeenCalled()
  })

  it('at the deadline sends what is unsaved, then submits, and keeps trying while offline', async () => {
    const down = (): Response => {
      throw new TypeError('Failed to fetch')
    }
    const server = fakeServer({ [SUBMIT]: [down, json(200, resultFixture())] })
    const { submit, flush, onSubmitted } = setup()

    void submit.autoSubmit()
    await flushPromises()
    expect(flush).toHaveBeenCalled()
    expect(submit.autoSubmitting.value).toBe(true)
    expect(server.calls).toHaveLength(1)
    expect(onSubmitted).not.toHaveBeenCalled()

    await vi.advanceTimersByTimeAsync(5_000)
    expect(server.calls).toHaveLength(2)
    expect(onSubmitted).toHaveBeenCalledWith(resultFixture(), 'deadline')
  })
})
