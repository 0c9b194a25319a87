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
  /** A 'hidden' not yet known to be a page switch rather than a reload: not sent while so. */
  provisional?: boolean
}

const KINDS: readonly string[] = ['hidden', 'visible', 'offline', 'online', 'unload']

/**
 * How long a 'hidden' waits before it counts as a page switch (切屏). A reload or a closed tab also
 * hides the page, and browsers fire `pagehide` in the same moment (before or after
 * `visibilitychange`); a switch to another app or tab fires no `pagehide`. Waiting this long tells
 * the two apart, so a reload never counts, nor submits a strict attempt.
 */
export const HIDE_SETTLE_MS = 1000
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

  // Events queued before an update that gave events ids get theirs now, once. A 'hidden' still
  // provisional was never followed by a pagehide (the phone discarded the page in the background,
  // say): it was no reload, so it counts.
  const queue = ref<QueuedEvent[]>(
    (readStored(queueKey, isQueue) ?? []).map((e) => ({ kind: e.kind, clientAt: e.clientAt, eventId: e.eventId ?? newEventId() })),
  )
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
  let settleTimer: ReturnType<typeof setTimeout> | null = null
  /** The page is going away (pagehide seen): a reload, a closed tab, a navigation. */
  let unloading = false

  function save(): void {
    writeStored(queueKey, queue.value.length ? queue.value : undefined)
  }

  function enqueue(kind: EventKind, provisional = false): void {
    if (stopped) return
    queue.value = [
      ...queue.value,
      { kind, clientAt: new Date(Date.now()).toISOString(), eventId: newEventId(), ...(provisional && { provisional }) },
    ]
    save()
    void flush()
  }

  /** The provisional 'hidden' becomes `kind`: a page switch after all, or the page unloading. */
  function settle(kind: EventKind): void {
    if (settleTimer !== null) clearTimeout(settleTimer)
    settleTimer = null
    if (!queue.value.some((e) => e.provisional)) return
    queue.value = queue.value.map(({ provisional, ...e }) => (provisional ? { ...e, kind } : e))
    save()
    void flush()
  }

  async function flush(): Promise<void> {
    if (sending || stopped) return
    sending = true
    try {
      while (queue.value.length > 0 && !stopped) {
        const [event] = queue.value
        // a 'hidden' waits until it is known to be a switch; what follows it waits behind it
        if (!event || event.provisional) break
        let result: AttemptEventResultDto
        try {
          result = await post({ kind: event.kind, clientAt: event.clientAt, eventId: event.eventId })
        } catch {
          // Offline or the server is unreachable: keep the queue, try again later.
          retryTimer ??= setTimeout(() => {
            retryTimer = null
            void flush()
          }, options.retryMs ?? 15_000)
          return
        }
        queue.value = queue.value.slice(1)
        save()
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
      if (unloading) return // the pagehide already said so
      enqueue('hidden', true)
      settleTimer = setTimeout(() => settle('hidden'), HIDE_SETTLE_MS)
    } else {
      settle('hidden') // back on the page: it was a switch
      enqueue('visible')
      noteReturn()
    }
  }
  // Written to storage at once: the page may be gone before anything is sent.
  const onPageHide = () => {
    if (unloading) return
    unloading = true
    if (queue.value.some((e) => e.provisional)) settle('unload')
    else enqueue('unload')
  }
  // Back from the back/forward cache: the same page, visible again.
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) unloading = false
  }
  const onOffline = () => enqueue('offline')
  const onOnline = () => enqueue('online')

  document.addEventListener('visibilitychange', onVisibility)
  window.addEventListener('pagehide', onPageHide)
  window.addEventListener('pageshow', onPageShow)
  window.addEventListener('offline', onOffline)
  window.addEventListener('online', onOnline)

  function stop(): void {
    stopped = true
    if (retryTimer !== null) clearTimeout(retryTimer)
    if (settleTimer !== null) clearTimeout(settleTimer)
    document.removeEventListener('visibilitychange', onVisibility)
    window.removeEventListener('pagehide', onPageHide)
    window.removeEventListener('pageshow', onPageShow)
    window.removeEventListener('offline', onOffline)
    window.removeEventListener('online', onOnline)
  }
  onScopeDispose(stop)

  // Events from before a reload.
  void flush()

  return { switchCount, switchesLeft, pendingEvents: computed(() => queue.value.length), flush, stop }
}
