import { computed, onScopeDispose, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import type { AttemptEventDto, AttemptEventResultDto } from '@/api/schema'
import * as api from '../api'
import { attemptStorageKey, readStored, writeStored } from '../exam-storage'

type EventKind = AttemptEventDto['kind']
interface QueuedEvent {
  kind: EventKind
  clientAt: string
}

const KINDS: readonly string[] = ['hidden', 'visible', 'offline', 'online']
const isQueue = (value: unknown): value is QueuedEvent[] =>
  Array.isArray(value) && value.every((e) => typeof e === 'object' && e !== null && KINDS.includes((e as QueuedEvent).kind))
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0

export interface VisibilityEventsOptions {
  attemptId: string
  /** Strict sittings submit after this many page switches; null for an ordinary quiz. */
  switchLimit: Ref<number | null>
  /** The server submitted the attempt (the switch limit was reached). */
  onSubmitted: () => void
  post?: (body: AttemptEventDto) => Promise<AttemptEventResultDto>
  retryMs?: number
}

/**
 * Tells the server when the candidate leaves and returns to the page (切屏) and when the phone
 * loses and regains the network. Events wait in a queue on the phone while offline and keep the
 * time they happened.
 */
export function useVisibilityEvents(options: VisibilityEventsOptions) {
  const { t } = useI18n()
  const post = options.post ?? ((body) => api.postAttemptEvent(options.attemptId, body))
  const queueKey = attemptStorageKey(options.attemptId, 'events')
  const switchesKey = attemptStorageKey(options.attemptId, 'switches')

  const queue = ref<QueuedEvent[]>(readStored(queueKey, isQueue) ?? [])
  /** As last reported by the server (the attempt itself does not carry it). */
  const switchCount = ref(readStored(switchesKey, isCount) ?? 0)
  const switchesLeft = computed(() =>
    options.switchLimit.value === null ? null : Math.max(0, options.switchLimit.value - switchCount.value),
  )
  let sending = false
  let stopped = false
  let retryTimer: ReturnType<typeof setTimeout> | null = null

  function enqueue(kind: EventKind): void {
    if (stopped) return
    queue.value = [...queue.value, { kind, clientAt: new Date(Date.now()).toISOString() }]
    writeStored(queueKey, queue.value)
    void flush()
  }

  async function flush(): Promise<void> {
    if (sending || stopped) return
    sending = true
    try {
      while (queue.value.length > 0 && !stopped) {
        const [event] = queue.value
        if (!event) break
        let result: AttemptEventResultDto
        try {
          result = await post(event)
        } catch {
          // Offline or the server is unreachable: keep the queue, try again later.
          retryTimer ??= setTimeout(() => {
            retryTimer = null
            void flush()
          }, options.retryMs ?? 15_000)
          return
        }
        queue.value = queue.value.slice(1)
        writeStored(queueKey, queue.value.length ? queue.value : undefined)
        switchCount.value = Math.max(switchCount.value, result.switchCount)
        writeStored(switchesKey, switchCount.value)
        if (result.submitted) {
          stop()
          options.onSubmitted()
          return
        }
      }
    } finally {
      sending = false
    }
  }

  function noteReturn(): void {
    const left = switchesLeft.value
    if (left === null) ElMessage({ type: 'info', message: t('exams.visibility.recorded'), grouping: true })
    else ElMessage({ type: 'warning', message: t('exams.visibility.remaining', { n: left }), grouping: true, duration: 5000 })
  }

  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      // Counted now, so the note on return can already show what is left.
      if (options.switchLimit.value !== null) switchCount.value += 1
      enqueue('hidden')
    } else {
      enqueue('visible')
      noteReturn()
    }
  }
  const onOffline = () => enqueue('offline')
  const onOnline = () => enqueue('online')

  document.addEventListener('visibilitychange', onVisibility)
  window.addEventListener('offline', onOffline)
  window.addEventListener('online', onOnline)

  function stop(): void {
    stopped = true
    if (retryTimer !== null) clearTimeout(retryTimer)
    document.removeEventListener('visibilitychange', onVisibility)
    window.removeEventListener('offline', onOffline)
    window.removeEventListener('online', onOnline)
  }
  onScopeDispose(stop)

  // Events from before a reload.
  void flush()

  return { switchCount, switchesLeft, pendingEvents: computed(() => queue.value.length), flush, stop }
}
