import { computed, onMounted, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatDate } from '@/composables/format'
import type { FormRules } from 'element-plus'
import type { SourceDocumentDto } from '@/api/schema'
import { useErrorMessage } from '@/composables/use-error-message'
import { useValidatedSubmit } from '@/composables/use-validated-submit'
import { listSourceDocuments, supersedeSource } from '../api'

/**
 * The laws and policies questions cite. Marking one superseded flags every question citing it for
 * review; the dialog then says how many were flagged.
 */
export function useSourceDocuments() {
  const { t } = useI18n()
  const { errorMessage } = useErrorMessage()

  const documents = ref<SourceDocumentDto[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)
  const sorted = computed(() => [...documents.value].sort((a, b) => b.needsReviewCount - a.needsReviewCount || b.questionCount - a.questionCount))
  const titles = computed(() => documents.value.map((doc) => doc.title))

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      documents.value = await listSourceDocuments()
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  const dialogOpen = ref(false)
  const form = reactive({ title: '', note: '' })
  const formError = ref('')
  /** How many questions the last marking flagged; null until the dialog has been submitted. */
  const flagged = ref<number | null>(null)
  const rules: FormRules = {
    title: [{ required: true, whitespace: true, message: () => t('sourceDocs.titleRequired'), trigger: 'blur' }],
    note: [{ required: true, whitespace: true, message: () => t('sourceDocs.noteRequired'), trigger: 'blur' }],
  }

  function openFor(title = ''): void {
    form.title = title
    form.note = ''
    formError.value = ''
    flagged.value = null
    dialogOpen.value = true
  }

  const { submitting, submit } = useValidatedSubmit(async () => {
    formError.value = ''
    try {
      const result = await supersedeSource({ title: form.title.trim(), note: form.note.trim() })
      flagged.value = result.flagged
      void load()
    } catch (failure) {
      formError.value = errorMessage(failure)
    }
  })

  onMounted(() => void load())

  return { documents, sorted, titles, loading, error, load, dialogOpen, form, formError, flagged, rules, submitting, openFor, submit, formatDate }
}
