import { computed, onUnmounted, ref } from 'vue'
import type { SpeechHostDto } from '@/api/schema'
import { getContest, getSpeechHost } from '../api'

/** How often the projector page asks again: a lock shows within this many milliseconds. */
export const SCREEN_REFRESH_MS = 3000

/**
 * The projector's page: the speakers in order, a score only once the host has locked it, and the
 * standings of the locked ones. It reads what the host's console reads, so it reveals nothing earlier.
 */
export function useBigScreen(contestId: string) {
  const title = ref('')
  const view = ref<SpeechHostDto | null>(null)
  const error = ref<unknown>(null)
  let timer: ReturnType<typeof setInterval> | undefined

  async function refresh(): Promise<void> {
    try {
      if (!title.value) title.value = (await getContest(contestId)).title
      view.value = await getSpeechHost(contestId)
      error.value = null
    } catch (failure) {
      error.value = failure
    }
  }

  function start(): void {
    void refresh()
    timer = setInterval(() => void refresh(), SCREEN_REFRESH_MS)
  }
  onUnmounted(() => clearInterval(timer))

  const speakers = computed(() =>
    (view.value?.speakers ?? []).map((s) => ({
      id: s.id,
      name: s.name,
      position: s.position,
      score: s.result?.score ?? null,
      rank: s.result?.rank ?? null,
    })),
  )
  /** The latest speaker to be revealed: the one with the highest position among the locked ones. */
  const latest = computed(() => [...speakers.value].reverse().find((s) => s.score !== null) ?? null)
  const standings = computed(() => speakers.value.filter((s) => s.score !== null).sort((a, b) => a.rank! - b.rank!))

  return { title, view, error, speakers, latest, standings, start, refresh }
}
