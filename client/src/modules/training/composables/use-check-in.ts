import { ref } from 'vue'
import type { CheckInDto } from '@/api/schema'
import { checkIn } from '../api'
import { deviceId } from '../training-month'

/** A repeat answers the record already there: one older than a minute was an earlier visit, not this tap. */
export function checkedInEarlier(result: Pick<CheckInDto, 'checkedInAt'>, now: number): boolean {
  return result.checkedInAt !== null && now - Date.parse(result.checkedInAt) > 60_000
}

/** One tap from the QR: checks in with the code it carried. */
export function useCheckIn(sessionId: () => string, now: () => number = () => Date.now()) {
  const result = ref<CheckInDto | null>(null)
  const failure = ref<unknown>(null)
  const busy = ref(false)

  async function submit(code: string): Promise<boolean> {
    if (busy.value) return false
    busy.value = true
    failure.value = null
    try {
      let device: string | undefined
      try {
        device = deviceId()
      } catch {
        device = undefined // storage refused (private mode): the check-in goes on, unflagged
      }
      result.value = await checkIn(sessionId(), { code: code.trim(), ...(device && { deviceId: device }) })
      return true
    } catch (error) {
      failure.value = error
      return false
    } finally {
      busy.value = false
    }
  }

  return { result, failure, busy, submit, earlier: () => (result.value ? checkedInEarlier(result.value, now()) : false) }
}
