import { computed, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatDateTime } from '@/composables/format'
import type { QuestionVersionDto } from '@/api/schema'
import { listVersions, revertQuestion } from '../api'
import { contentOf } from '../question-content'
import { diffVersions, type DiffWords } from '../version-diff'

/** A question's versions, newest first, and the field-by-field difference between any two. */
export function useQuestionVersions(questionId: () => string | undefined) {
  const { t } = useI18n()
  const versions = ref<QuestionVersionDto[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)
  const from = ref<number | null>(null)
  const to = ref<number | null>(null)
  const showUnchanged = ref(false)

  const words: DiffWords = {
    truth: (value) => (value ? t('questionEditor.truthTrue') : t('questionEditor.truthFalse')),
    typeName: (type) => t(`questionTypes.${type}`),
  }

  async function load(): Promise<void> {
    const id = questionId()
    if (!id) return
    loading.value = true
    error.value = null
    try {
      versions.value = await listVersions(id)
      // By default: what the latest save changed.
      to.value = versions.value[0]?.version ?? null
      from.value = versions.value[1]?.version ?? null
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  const byNumber = (n: number | null) => versions.value.find((v) => v.version === n)

  const diff = computed(() => {
    const older = byNumber(from.value)
    const newer = byNumber(to.value)
    if (!older || !newer) return []
    const [a, b] = older.version <= newer.version ? [older, newer] : [newer, older]
    return diffVersions(contentOf(a), contentOf(b), words)
  })
  const changed = computed(() => diff.value.filter((field) => field.changed))
  const shown = computed(() => (showUnchanged.value ? diff.value : changed.value))

  /** Compare this version with the one before it. */
  function compareWithPrevious(version: number): void {
    const index = versions.value.findIndex((v) => v.version === version)
    to.value = version
    from.value = versions.value[index + 1]?.version ?? null
  }

  const restoring = ref<number | null>(null)

  /**
   * Makes an earlier version current again, as a new version (the server keeps every one between).
   * Resolves true when restored; a refusal (the old content breaks today's rules) stays in `error`.
   */
  async function restore(version: number): Promise<boolean> {
    const id = questionId()
    if (!id) return false
    restoring.value = version
    error.value = null
    try {
      await revertQuestion(id, version)
      await load()
      return true
    } catch (failure) {
      error.value = failure
      return false
    } finally {
      restoring.value = null
    }
  }

  watch(questionId, () => void load())

  return {
    versions,
    loading,
    error,
    from,
    to,
    showUnchanged,
    diff,
    changed,
    shown,
    restoring,
    load,
    restore,
    compareWithPrevious,
    formatDate: formatDateTime,
  }
}
