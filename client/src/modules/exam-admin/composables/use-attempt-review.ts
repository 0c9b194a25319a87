import { computed, ref } from 'vue'
import { getAttemptReview } from '../api'
import { isPageSwitch, type AttemptReview } from '../attempt-review'

/** One attempt as a trainer reviews it: answers with keys and scores, and its timeline with the page switches. */
export function useAttemptReview() {
  const review = ref<AttemptReview | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)

  const switchCount = computed(() => review.value?.timeline.filter(isPageSwitch).length ?? 0)

  async function open(attemptId: string): Promise<void> {
    review.value = null
    loading.value = true
    error.value = null
    try {
      review.value = await getAttemptReview(attemptId)
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  return { review, loading, error, switchCount, open }
}
