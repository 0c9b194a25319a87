import { computed, reactive, ref, watch } from 'vue'
import type { EssayMarkResultDto, GradingQueueItemDto } from '@/api/schema'
import { getGradingQueue, markEssay } from '../api'

export interface MarkDraft {
  score: number | undefined
  feedback: string
  /** Indexes of the rubric criteria the answer meets. */
  ticked: number[]
}

const emptyDraft = (): MarkDraft => ({ score: undefined, feedback: '', ticked: [] })

/** The sum of the ticked rubric points, never above the question's points. */
export function rubricSuggestion(item: Pick<GradingQueueItemDto, 'rubric' | 'points'>, ticked: readonly number[]): number {
  const sum = ticked.reduce((total, i) => total + (item.rubric[i]?.points ?? 0), 0)
  return Math.min(item.points, Math.round(sum * 1000) / 1000)
}

/**
 * Essay marking, one answer at a time, without names. Marking takes the answer out of the queue;
 * with second marking on, answers already marked stay listed and show who has marked them.
 */
export function useGradingQueue() {
  const includeMarked = ref(false)
  const items = ref<GradingQueueItemDto[]>([])
  const index = ref(0)
  const loading = ref(false)
  const error = ref<unknown>(null)
  const saving = ref(false)
  const saveError = ref<unknown>(null)
  const lastResult = ref<EssayMarkResultDto | null>(null)
  const draft = reactive(emptyDraft())
  /** Stable anonymous numbers: "答卷 3" stays answer 3 while the queue shrinks. */
  const numbers = new Map<string, number>()

  const current = computed<GradingQueueItemDto | null>(() => items.value[index.value] ?? null)
  const suggestion = computed(() => (current.value ? rubricSuggestion(current.value, draft.ticked) : 0))
  const scoreValid = computed(
    () => current.value !== null && draft.score !== undefined && draft.score >= 0 && draft.score <= current.value.points,
  )

  function numberOf(item: GradingQueueItemDto): number {
    return numbers.get(item.attemptId) ?? 0
  }

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      items.value = await getGradingQueue(includeMarked.value)
      for (const item of items.value) if (!numbers.has(item.attemptId)) numbers.set(item.attemptId, numbers.size + 1)
      index.value = 0
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  watch(includeMarked, () => void load())
  watch(current, () => Object.assign(draft, emptyDraft(), { ticked: [] }))

  function go(delta: -1 | 1): void {
    index.value = Math.min(Math.max(0, index.value + delta), Math.max(0, items.value.length - 1))
  }

  function useSuggestion(): void {
    draft.score = suggestion.value
  }

  async function submitMark(): Promise<EssayMarkResultDto | null> {
    const item = current.value
    if (!item || !scoreValid.value || draft.score === undefined) return null
    saving.value = true
    saveError.value = null
    try {
      const result = await markEssay(item.attemptId, item.slot, {
        score: draft.score,
        ...(draft.feedback.trim() && { feedback: draft.feedback.trim() }),
      })
      lastResult.value = result
      const at = items.value.indexOf(item)
      if (includeMarked.value) {
        items.value.splice(at, 1, { ...item, markedByMe: true, marks: item.marks + (item.markedByMe ? 0 : 1) })
        go(1)
      } else {
        items.value.splice(at, 1)
        index.value = Math.min(at, Math.max(0, items.value.length - 1))
      }
      return result
    } catch (failure) {
      saveError.value = failure
      return null
    } finally {
      saving.value = false
    }
  }

  return {
    includeMarked,
    items,
    index,
    current,
    draft,
    suggestion,
    scoreValid,
    loading,
    error,
    saving,
    saveError,
    lastResult,
    numberOf,
    load,
    go,
    useSuggestion,
    submitMark,
  }
}
