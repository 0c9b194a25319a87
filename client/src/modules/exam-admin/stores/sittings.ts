import { ref } from 'vue'
import { defineStore } from 'pinia'
import type { SittingDto } from '@/api/schema'
import * as api from '../api'

/** The sittings in the caller's scope, newest window first; the list, the month view and a new sitting share it. */
export const useSittingsStore = defineStore('exam-admin-sittings', () => {
  const sittings = ref<SittingDto[]>([])
  const loaded = ref(false)
  const loading = ref(false)
  const error = ref<unknown>(null)

  const sort = (list: SittingDto[]) => [...list].sort((a, b) => b.opensAt.localeCompare(a.opensAt))

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      sittings.value = sort(await api.listSittings())
      loaded.value = true
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  function upsert(sitting: SittingDto): void {
    sittings.value = sort([sitting, ...sittings.value.filter((s) => s.id !== sitting.id)])
  }

  return { sittings, loaded, loading, error, load, upsert }
})
