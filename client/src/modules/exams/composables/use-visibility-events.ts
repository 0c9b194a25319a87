import { computed, onScopeDispose, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import type { AttemptEventDto, AttemptEventResultDto } from '@/api/schema'
import * as api from '../api'
import { attemptStorageKey, readStored, writeStored } from '../exam-storage'

type EventKind = AttemptEventDto['kind']
interface QueuedEvent {
  kind: EventKind
  clientAt: string
  /** Chosen once, when the event happens, and sent with every resend: the server records it once. */
  eventId: string
}

const KINDS: readonly string[] = ['hidden', 'visible', 'offline', 'online']
const isEvent = (e: unknown): e is Omit<QueuedEvent, 'eventId'> & { eventId?: string } =>
  typeof e === 'object' && e !== null && KINDS.includes((e as QueuedEvent).kind)
const isQueue = (value: unknown): value is Array<Omit<QueuedEvent, 'eventId'> & { eventId?: string }> =>
  Array.isArray(value) && value.every(isEvent)

/**
 * crypto.randomUUID exists only in secure contexts (https, localhost); a county server reached over
 * plain http on the office network still needs ids, so fall back to getRandomValues (RFC 4122 v4).
 */
export function newEventId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40 // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80 // variant 10
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export interface VisibilityEventsOptions {
  attemptId: string
  /** Strict sittings submit after this many page switches; null for an ordinary quiz. */
  switchLimit: Ref<number | null>
  /** Switches the server has recorded (the attempt's switchCount), once it has loaded. */
  serverSwitchCount: Ref<number | null>
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

  // Events queued before an update that gave events ids get theirs now, once.
  const queue = ref<QueuedEvent[]>((readStored(queueKey, isQueue) ?? []).map((e) => ({ ...e, eventId: e.eventId ?? newEventId() })))
  if (queue.value.length) writeStored(queueKey, queue.value)
  /** The highest count the server has reported, from the attempt or from an event's reply. */
  const reported = ref(0)
  watch(
    options.serverSwitchCount,
    (count) => {
      if (count !== null) reported.value = Math.max(reported.value, count)
    },
    { immediate: true },
  )
  /** What the server has, plus the switches still waiting to reach it (so a return can already say what is left). */
  const switchCount = computed(() => reported.value + queue.value.filter((e) => e.kind === 'hidden').length)
  const switchesLeft = computed(() =>
    options.switchLimit.value === null ? null : Math.max(0, options.switchLimit.value - switchCount.value),
  )
  let sending = false
  let stopped = false
  let retryTimer: ReturnType<typeof setTimeout> | null = null

  function enqueue(kind: EventKind): void {
    if (stopped) return
    queue.value = [...queue.value, { kind, clientAt: new Date(Date.now()).toISOString(), eventId: newEventId() }]
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
        reported.value = Math.max(reported.value, result.switchCount)
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
