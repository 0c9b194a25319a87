import { ref } from 'vue'
import type { CandidateQuestionDto, PaperDetailDto } from '@/api/schema'
import { getPaper, previewPaper } from '../api'

/** A paper (with what its author is warned about) and the preview a candidate would see (a blueprint draws again on every preview). */
export function usePaperDetail(paperId: () => string) {
  const paper = ref<PaperDetailDto | null>(null)
  const preview = ref<CandidateQuestionDto[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)
  const previewing = ref(false)
  const previewError = ref<unknown>(null)

  async function loadPreview(): Promise<void> {
    previewing.value = true
    previewError.value = null
    try {
      preview.value = await previewPaper(paperId())
    } catch (failure) {
      previewError.value = failure
    } finally {
      previewing.value = false
    }
  }

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      paper.value = await getPaper(paperId())
    } catch (failure) {
      error.value = failure
      return
    } finally {
      loading.value = false
    }
    await loadPreview()
  }

  return { paper, preview, loading, error, previewing, previewError, load, loadPreview }
}
