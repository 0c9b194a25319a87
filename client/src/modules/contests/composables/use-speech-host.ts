import { computed, ref } from 'vue'
import type { ContestDto, SpeechHostDto } from '@/api/schema'
import { saveBlob } from '@/composables/save-blob'
import * as api from '../api'

/** The host's console of a speech contest: speakers, judges, locking, the timer, corrections and the standings. */
export function useSpeechHost(contestId: string) {
  const contest = ref<ContestDto | null>(null)
  const view = ref<SpeechHostDto | null>(null)
  const loading = ref(false)
  const busy = ref(false)
  const error = ref<unknown>(null)

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      const [c, v] = await Promise.all([api.getContest(contestId), api.getSpeechHost(contestId)])
      contest.value = c
      view.value = v
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  /** Runs one change; the server answers the whole view again. False after an error (in `error`). */
  async function act(change: () => Promise<SpeechHostDto>): Promise<boolean> {
    busy.value = true
    error.value = null
    try {
      view.value = await change()
      return true
    } catch (failure) {
      error.value = failure
      return false
    } finally {
      busy.value = false
    }
  }

  const judgeName = (userId: string | null) => view.value?.judges.find((j) => j.userId === userId)?.name ?? ''

  /** Locked speakers by rank: what the standings and the big screen show. */
  const standings = computed(() =>
    (view.value?.speakers ?? []).filter((s) => s.result).sort((a, b) => a.result!.rank - b.result!.rank || a.position - b.position),
  )

  return {
    contest,
    view,
    loading,
    busy,
    error,
    standings,
    judgeName,
    load,
    addSpeakers: (userIds: string[]) => act(() => api.addSpeakers(contestId, userIds)),
    addJudges: (userIds: string[]) => act(() => api.addJudges(contestId, userIds)),
    lock: (speakerId: string) => act(() => api.lockSpeaker(contestId, speakerId)),
    recordTime: (speakerId: string, seconds: number) => act(() => api.recordTime(contestId, speakerId, seconds)),
    requestCorrection: (speakerId: string, judgeId: string, items: Record<string, number>, reason: string) =>
      act(() => api.requestCorrection(contestId, speakerId, judgeId, items, reason)),
    approve: (speakerId: string, judgeId: string) => act(() => api.approveCorrection(contestId, speakerId, judgeId)),
    reject: (speakerId: string, judgeId: string) => act(() => api.rejectCorrection(contestId, speakerId, judgeId)),
    async exportXlsx(): Promise<void> {
      error.value = null
      try {
        saveBlob(await api.exportContest(contestId), `${contest.value?.title ?? 'contest'}.xlsx`)
      } catch (failure) {
        error.value = failure
      }
    },
  }
}
