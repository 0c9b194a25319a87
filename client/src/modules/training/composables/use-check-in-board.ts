import { computed, onBeforeUnmount, ref } from 'vue'
import type { AttendanceItemDto, CheckInCodeDto, TrainingDto } from '@/api/schema'
import { LiveSocket, type LiveState } from '@/api/live-socket'
import { getAttendance, getCheckInCode, getTraining } from '../api'
import { applyActivity, boardByUnit, countsOf, isAttendanceActivity } from '../training-board'

/**
 * The trainer's session page: the session, its roster with statuses, the rotating code (asked again
 * when it expires, every 10 s) and the board kept current over the live socket.
 */
export function useCheckInBoard(sessionId: () => string, options: { now?: () => number; socket?: LiveSocket } = {}) {
  const now = options.now ?? (() => Date.now())
  const training = ref<TrainingDto | null>(null)
  const items = ref<AttendanceItemDto[]>([])
  const code = ref<CheckInCodeDto | null>(null)
  const codeError = ref<unknown>(null)
  const error = ref<unknown>(null)
  const loading = ref(false)
  const state = ref<LiveState>('offline')
  const secondsLeft = ref(0)
  let codeTimer: ReturnType<typeof setTimeout> | undefined
  let reloadTimer: ReturnType<typeof setTimeout> | undefined
  const tick = setInterval(() => {
    secondsLeft.value = code.value ? Math.max(0, Math.ceil((Date.parse(code.value.expiresAt) - now()) / 1000)) : 0
  }, 1000)
  const socket = options.socket ?? new LiveSocket({ onState: (s) => (state.value = s) })
  let unwatch: (() => void) | null = null
  let stopped = false

  async function reload(): Promise<void> {
    try {
      items.value = (await getAttendance(sessionId())).items
    } catch (failure) {
      error.value = failure
    }
  }

  async function refreshCode(): Promise<void> {
    clearTimeout(codeTimer)
    if (stopped) return
    try {
      code.value = await getCheckInCode(sessionId())
      codeError.value = null
      secondsLeft.value = Math.max(0, Math.ceil((Date.parse(code.value.expiresAt) - now()) / 1000))
      codeTimer = setTimeout(() => void refreshCode(), Math.max(500, Date.parse(code.value.expiresAt) - now() + 50))
    } catch (failure) {
      codeError.value = failure
      codeTimer = setTimeout(() => void refreshCode(), 5000)
    }
  }

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      training.value = await getTraining(sessionId())
      await reload()
      if (training.value.canManage) void refreshCode()
      unwatch?.()
      unwatch = socket.watch({
        topic: 'training',
        id: sessionId(),
        onEvent(data) {
          if (!isAttendanceActivity(data)) return
          const next = applyActivity(items.value, data)
          items.value = next.items
          if (!next.known) {
            clearTimeout(reloadTimer)
            reloadTimer = setTimeout(() => void reload(), 1000)
          }
        },
        onResync: () => void reload(),
      })
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  onBeforeUnmount(() => {
    stopped = true
    clearTimeout(codeTimer)
    clearTimeout(reloadTimer)
    clearInterval(tick)
    unwatch?.()
    socket.close()
  })

  return {
    training,
    items,
    code,
    codeError,
    error,
    loading,
    state,
    secondsLeft,
    counts: computed(() => countsOf(items.value)),
    units: computed(() => boardByUnit(items.value)),
    load,
    reload,
  }
}
