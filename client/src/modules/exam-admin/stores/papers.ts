import { ref } from 'vue'
import { defineStore } from 'pinia'
import type { CreatePaperDto, PaperDetailDto, PaperDto } from '@/api/schema'
import * as api from '../api'

/** The papers in the trainer's scope, shared by the paper list and the sitting form's paper choice. */
export const usePapersStore = defineStore('exam-admin-papers', () => {
  const papers = ref<PaperDto[]>([])
  const loaded = ref(false)
  const loading = ref(false)
  const error = ref<unknown>(null)

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      papers.value = [...(await api.listPapers())].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      loaded.value = true
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  async function create(body: CreatePaperDto): Promise<PaperDetailDto> {
    const paper = await api.createPaper(body)
    papers.value = [paper, ...papers.value.filter((p) => p.id !== paper.id)]
    return paper
  }

  return { papers, loaded, loading, error, load, create }
})
