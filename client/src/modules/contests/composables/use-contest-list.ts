import { ref } from 'vue'
import type { ContestDto, CreateContestDto } from '@/api/schema'
import { createContest, listContests } from '../api'

/** The contests of the caller's scope, and creating one. */
export function useContestList() {
  const contests = ref<ContestDto[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      contests.value = await listContests()
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  /** Creates the contest and lists it first; answers its id and join code, or null after an error (in `error`). */
  async function create(body: CreateContestDto): Promise<{ id: string; joinCode: string } | null> {
    error.value = null
    try {
      const created = await createContest(body)
      await load()
      return created
    } catch (failure) {
      error.value = failure
      return null
    }
  }

  return { contests, loading, error, load, create }
}
