import { computed, onScopeDispose, ref, watch, type Ref } from 'vue'

export type ClockWarning = 'none' | 'five' | 'one' | 'over'

const FIVE_MINUTES = 5 * 60_000
const ONE_MINUTE = 60_000
/** A reply that took longer than this says little about the server's clock (its midpoint may be far off). */
const MAX_USEFUL_ROUND_TRIP = 2_000

const SEVERITY: Record<ClockWarning, number> = { none: 0, five: 1, one: 2, over: 3 }

export interface ServerClockOptions {
  /** Called once per level as time runs out (also when the page opens already inside it). */
  onWarning?: (level: 'five' | 'one') => void
  /** Called once when the server's deadline has passed. */
  onExpire?: () => void
  tickMs?: number
}

export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const two = (n: number) => String(n).padStart(2, '0')
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`
}

/**
 * Counts down to the server's deadline by the server's clock: offset = server time − this device's
 * time, measured when the attempt loads and again from every save reply, so a phone whose clock
 * is minutes wrong still shows the right time left.
 */
export function useServerClock(deadline: Ref<string | null>, options: ServerClockOptions = {}) {
  const offset = ref(0)
  const synced = ref(false)
  const deviceNow = ref(Date.now())

  /** `serverTime` was read by the server between `sentAt` and `receivedAt` (device clock). */
  function sync(serverTime: string | number, sentAt = Date.now(), receivedAt = sentAt): void {
    const server = typeof serverTime === 'number' ? serverTime : Date.parse(serverTime)
    if (!Number.isFinite(server)) return
    if (synced.value && receivedAt - sentAt > MAX_USEFUL_ROUND_TRIP) return
    offset.value = server - (sentAt + receivedAt) / 2
    synced.value = true
    deviceNow.value = Date.now()
  }

  const serverNow = () => Date.now() + offset.value

  const remainingMs = computed<number | null>(() => {
    if (!deadline.value || !synced.value) return null
    return Math.max(0, Date.parse(deadline.value) - (deviceNow.value + offset.value))
  })

  const warning = computed<ClockWarning>(() => {
    const left = remainingMs.value
    if (left === null) return 'none'
    if (left <= 0) return 'over'
    if (left <= ONE_MINUTE) return 'one'
    if (left <= FIVE_MINUTES) return 'five'
    return 'none'
  })

  const remainingText = computed(() => (remainingMs.value === null ? '--:--' : formatRemaining(remainingMs.value)))

  watch(warning, (level, previous) => {
    if (SEVERITY[level] <= SEVERITY[previous]) return
    if (level === 'over') options.onExpire?.()
    else if (level === 'five' || level === 'one') options.onWarning?.(level)
  })

  const timer = setInterval(() => {
    deviceNow.value = Date.now()
  }, options.tickMs ?? 500)
  onScopeDispose(() => clearInterval(timer))

  return { offset, synced, sync, serverNow, remainingMs, remainingText, warning }
}
