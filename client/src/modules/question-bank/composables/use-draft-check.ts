import { onBeforeUnmount, ref, watch, type Ref } from 'vue'
import type { DraftProblemDto, ImportWarningDto } from '@/api/schema'
import { checkDraft } from '../api'
import { localProblems, toInput, type QuestionForm } from '../question-form'

/** How long typing must pause before the draft is checked. */
export const CHECK_DELAY_MS = 600

/**
 * The item-writing checks of the draft as the trainer types: the server runs the same domain checks
 * the import report, the quality page and `npm run bank -- validate` use, near-duplicates of the
 * bank's other questions included. Debounced; a late answer to an older draft is dropped.
 */
export function useDraftCheck(form: Ref<QuestionForm>, bankId: () => string, ownKey: () => string | undefined, enabled: () => boolean) {
  const warnings = ref<ImportWarningDto[]>([])
  const problems = ref<DraftProblemDto[]>([])
  const checking = ref(false)
  /** Whether the current draft has been checked at all (before that, nothing is claimed). */
  const checked = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let latest = 0

  async function run(): Promise<void> {
    const ticket = ++latest
    // a draft the form itself would refuse (no stem, an empty option) is not worth a round trip yet
    if (!enabled() || localProblems(form.value).length) {
      checked.value = false
      warnings.value = []
      problems.value = []
      return
    }
    checking.value = true
    try {
      const key = ownKey()
      const result = await checkDraft(bankId(), { ...toInput(form.value), ...(key && { ownKey: key }) })
      if (ticket !== latest) return
      warnings.value = result.warnings
      problems.value = result.problems
      checked.value = true
    } catch {
      // the live check is advice: a failed call leaves the last findings and never blocks typing or saving
      if (ticket === latest) checked.value = false
    } finally {
      if (ticket === latest) checking.value = false
    }
  }

  function schedule(): void {
    clearTimeout(timer)
    timer = setTimeout(() => void run(), CHECK_DELAY_MS)
  }

  watch(form, schedule, { deep: true })
  onBeforeUnmount(() => clearTimeout(timer))

  return { warnings, problems, checking, checked, run, schedule }
}
