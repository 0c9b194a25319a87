import { computed, onScopeDispose, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { ElMessage } from 'element-plus'
import { useIsPhone } from '@/composables/use-media-query'
import * as api from '../api'
import { isTypedAnswer, normaliseAnswer, type AnswerValue } from '../answer-value'
import { forgetAttempt } from '../exam-storage'
import { useAttemptStore } from '../stores/attempt'
import { useAnswerOutbox } from './use-answer-outbox'
import { useAttemptNavigation } from './use-attempt-navigation'
import { useExamSubmit } from './use-exam-submit'
import { useServerClock } from './use-server-clock'
import { useVisibilityEvents } from './use-visibility-events'

/** Typed answers are sent after this pause, not on every key. */
export const TYPING_PAUSE_MS = 800

type LeaveReason = 'candidate' | 'deadline' | 'submitted' | 'switch_limit'

/** Everything the exam page does, wired together; the page itself only lays it out. */
export function useExamPage(attemptId: string) {
  const { t } = useI18n()
  const router = useRouter()
  const store = useAttemptStore()
  store.reset()
  const loading = ref(true)
  const loadError = ref<unknown>(null)
  let left = false

  const clock = useServerClock(
    computed(() => store.attempt?.deadline ?? null),
    {
      onWarning: (level) =>
        ElMessage({
          type: 'warning',
          message: t(level === 'five' ? 'exams.attempt.warnFive' : 'exams.attempt.warnOne'),
          duration: 6000,
          showClose: true,
        }),
      onExpire: () => void submit.autoSubmit(),
    },
  )

  const staleSlots = new Set<number>()
  const outbox = useAnswerOutbox({
    attemptId,
    serverNow: clock.serverNow,
    // serverNow, not savedAt: a re-sent answer is acknowledged with the savedAt of its first arrival.
    onSaved: (saved, sentAt, receivedAt) => clock.sync(saved.serverNow, sentAt, receivedAt),
    onClosed: (reason) => leave(reason),
    onNewerElsewhere: (slot) => {
      staleSlots.add(slot)
      queueMicrotask(() => void reloadStale())
    },
  })

  async function reloadStale(): Promise<void> {
    const slots = [...staleSlots]
    staleSlots.clear()
    if (!slots.length) return
    await store.reloadAnswers(slots).catch(() => undefined)
    for (const slot of slots) {
      ElMessage({ type: 'info', message: t('exams.attempt.newerElsewhere', { n: numberOf(slot) }), grouping: true })
    }
  }

  const navigation = useAttemptNavigation({
    attemptId,
    questions: computed(() => store.questions),
    isAnswered: (slot) => store.isSlotAnswered(slot),
    isPhone: useIsPhone(),
  })

  const events = useVisibilityEvents({
    attemptId,
    switchLimit: computed(() => store.attempt?.switchLimit ?? null),
    serverSwitchCount: computed(() => store.attempt?.switchCount ?? null),
    onSubmitted: () => leave('switch_limit'),
  })

  const submit = useExamSubmit({
    attemptId,
    outbox,
    answeredCount: computed(() => store.answeredCount),
    total: computed(() => store.questions.length),
    onSubmitted: (result, reason) => {
      store.rememberResult(result)
      leave(reason)
    },
  })

  function leave(reason: LeaveReason): void {
    if (left) return
    left = true
    events.stop()
    forgetAttempt(attemptId)
    switch (reason) {
      case 'candidate':
        ElMessage({ type: 'success', message: t('exams.submit.done') })
        break
      case 'deadline':
        ElMessage({ type: 'warning', message: t('exams.attempt.closed.deadline'), duration: 6000 })
        break
      case 'submitted':
        ElMessage({ type: 'info', message: t('exams.attempt.closed.submitted') })
        break
      case 'switch_limit':
        ElMessage({ type: 'error', message: t('exams.visibility.autoSubmitted'), duration: 8000 })
        break
    }
    void router.replace({ name: 'attempt-result', params: { attemptId } })
  }

  const numberOf = (slot: number) => store.questions.findIndex((q) => q.slot === slot) + 1

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = null
    try {
      const sentAt = Date.now()
      const dto = await api.getAttempt(attemptId)
      clock.sync(dto.serverNow, sentAt, Date.now())
      if (dto.status !== 'in_progress') {
        leave('submitted')
        return
      }
      store.adopt(dto, outbox.restore(dto.answers))
      navigation.startAtFirstUnanswered()
      void outbox.flush()
    } catch (error) {
      loadError.value = error
    } finally {
      loading.value = false
    }
  }

  function answer(slot: number, value: AnswerValue): void {
    const question = store.bySlot.get(slot)
    if (!question || left) return
    store.setAnswer(slot, value)
    outbox.put(slot, normaliseAnswer(question.type, value), { debounceMs: isTypedAnswer(question.type) ? TYPING_PAUSE_MS : 0 })
  }

  // Leaving the page (or the phone locking) must not strand an answer inside its typing pause.
  const sendNow = () => {
    if (document.visibilityState === 'hidden') void outbox.flush()
  }
  const onPageHide = () => void outbox.flush()
  document.addEventListener('visibilitychange', sendNow)
  window.addEventListener('pagehide', onPageHide)
  onScopeDispose(() => {
    // Leaving the exam page: send what is still inside its typing pause (the rest waits for the next visit).
    if (!left) void outbox.flush()
    document.removeEventListener('visibilitychange', sendNow)
    window.removeEventListener('pagehide', onPageHide)
  })

  void load()

  return { store, loading, loadError, load, clock, outbox, navigation, events, submit, answer, numberOf }
}
