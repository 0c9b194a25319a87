import { computed, onBeforeUnmount, ref, type Ref } from 'vue'
import type { CandidateResultDto } from '@/api/schema'
import { LiveSocket, type LiveState } from '@/api/live-socket'
import { activeSince, applyActivity, isAttemptActivity } from '../live-activity'

/** Scores come from the server's table: re-read it this long after the last submit or mark heard. */
const RELOAD_AFTER_SUBMIT_MS = 2000

/**
 * Keeps a sitting's result rows current while the page is open: statuses, page switches and
 * submits as they happen, with a count of who was active in the last minute.
 */
export function useLiveSitting(sittingId: () => string, rows: Ref<CandidateResultDto[]>, reload: () => Promise<void>) {
  const state = ref<LiveState>('offline')
  const lastSeen = ref(new Map<string, number>())
  const now = ref(Date.now())
  let reloadTimer: ReturnType<typeof setTimeout> | undefined
  const clock = setInterval(() => (now.value = Date.now()), 10_000)

  const socket = new LiveSocket({ onState: (s) => (state.value = s) })
  const scheduleReload = () => {
    clearTimeout(reloadTimer)
    reloadTimer = setTimeout(() => void reload(), RELOAD_AFTER_SUBMIT_MS)
  }
  let unwatch: (() => void) | null = null

  function watch(): void {
    unwatch?.()
    lastSeen.value = new Map()
    unwatch = socket.watch({
      topic: 'sitting',
      id: sittingId(),
      onEvent(data) {
        if (!isAttemptActivity(data)) return
        const i = rows.value.findIndex((r) => r.userId === data.userId)
        if (i < 0) return scheduleReload() // someone assigned after the table was read
        rows.value.splice(i, 1, applyActivity(rows.value[i], data))
        if (data.kind === 'submitted' || data.kind === 'marked') {
          lastSeen.value.delete(data.userId)
          scheduleReload()
        } else {
          lastSeen.value.set(data.userId, Date.parse(data.at) || Date.now())
        }
        now.value = Date.now()
      },
      onResync: () => void reload(),
    })
  }

  const activeNow = computed(() => activeSince(lastSeen.value, now.value))

  onBeforeUnmount(() => {
    clearInterval(clock)
    clearTimeout(reloadTimer)
    socket.close()
  })

  return { state, activeNow, watch }
}
