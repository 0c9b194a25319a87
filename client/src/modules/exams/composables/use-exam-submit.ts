import { computed, onScopeDispose, ref, type Ref } from 'vue'
import type { ResultDto } from '@/api/schema'
import * as api from '../api'
import { forgetAttempt } from '../exam-storage'
import type { AnswerOutbox } from './use-answer-outbox'

/** Saving has failed this long: the candidate may give up on the unsaved answers and submit. */
export const LONG_FAILURE_MS = 2 * 60_000

export type SubmitReason = 'candidate' | 'deadline'

export interface ExamSubmitOptions {
  attemptId: string
  outbox: Pick<AnswerOutbox, 'unsavedCount' | 'failingSince' | 'flush'>
  answeredCount: Ref<number>
  total: Ref<number>
  onSubmitted: (result: ResultDto, reason: SubmitReason) => void
  submit?: () => Promise<ResultDto>
  /** How long the automatic submission waits for unsaved answers at the deadline (within the server's grace). */
  deadlineFlushMs?: number
  autoRetryMs?: number
}

/**
 * The submit dialog and the automatic submission at the deadline. Submitting while answers are
 * unsaved would silently lose them, so the dialog offers saving again first; only after saving
 * has failed for a long time may the candidate submit anyway.
 */
export function useExamSubmit(options: ExamSubmitOptions) {
  const submit = options.submit ?? (() => api.submitAttempt(options.attemptId))
  const dialogOpen = ref(false)
  const submitting = ref(false)
  const retrying = ref(false)
  const autoSubmitting = ref(false)
  const error = ref<unknown>(null)
  /** Refreshed when the dialog opens or a retry ends, so "failing for long" is re-judged then. */
  const checkedAt = ref(Date.now())
  let done = false
  let disposed = false
  onScopeDispose(() => {
    disposed = true
  })

  const unanswered = computed(() => Math.max(0, options.total.value - options.answeredCount.value))
  const unsaved = computed(() => options.outbox.unsavedCount.value)
  const canSubmit = computed(() => unsaved.value === 0 && !submitting.value)
  const canSubmitAnyway = computed(() => {
    const since = options.outbox.failingSince.value
    return unsaved.value > 0 && since !== null && checkedAt.value - since >= LONG_FAILURE_MS && !submitting.value
  })

  function open(): void {
    error.value = null
    checkedAt.value = Date.now()
    dialogOpen.value = true
    // Answers inside their typing pause are sent now, so the count below is the real one.
    void options.outbox.flush().then(() => {
      checkedAt.value = Date.now()
    })
  }

  async function retrySaving(): Promise<void> {
    retrying.value = true
    try {
      await options.outbox.flush()
    } finally {
      retrying.value = false
      checkedAt.value = Date.now()
    }
  }

  async function send(reason: SubmitReason): Promise<boolean> {
    if (done) return true
    submitting.value = true
    error.value = null
    try {
      const result = await submit()
      done = true
      dialogOpen.value = false
      forgetAttempt(options.attemptId)
      options.onSubmitted(result, reason)
      return true
    } catch (failure) {
      error.value = failure
      return false
    } finally {
      submitting.value = false
    }
  }

  async function confirm(): Promise<void> {
    if (!canSubmit.value) return
    await send('candidate')
  }

  async function submitAnyway(): Promise<void> {
    if (!canSubmitAnyway.value) return
    await send('candidate')
  }

  /** At the deadline: give unsaved answers a last chance, then submit, retrying until it goes through. */
  async function autoSubmit(): Promise<void> {
    if (autoSubmitting.value || done) return
    autoSubmitting.value = true
    dialogOpen.value = false
    const wait = new Promise<void>((resolve) => setTimeout(resolve, options.deadlineFlushMs ?? 10_000))
    await Promise.race([options.outbox.flush(), wait])
    while (!done && !disposed && !(await send('deadline'))) {
      await new Promise<void>((resolve) => setTimeout(resolve, options.autoRetryMs ?? 5_000))
    }
  }

  return {
    dialogOpen,
    submitting,
    retrying,
    autoSubmitting,
    error,
    unanswered,
    unsaved,
    canSubmit,
    canSubmitAnyway,
    open,
    retrySaving,
    confirm,
    submitAnyway,
    autoSubmit,
  }
}
