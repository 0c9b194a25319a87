import { computed, onMounted, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { ElMessage } from 'element-plus'
import type { QuestionDto, SourceDocumentDto } from '@/api/schema'
import { useErrorMessage } from '@/composables/use-error-message'
import { createQuestion, getQuestion, listSourceDocuments, markQuestionReviewed, updateQuestion } from '../api'
import { toCandidateQuestion } from '../candidate-question'
import { contentOf, isQuestionType, type QuestionType } from '../question-content'
import { changeType, emptyForm, formFromContent, localProblems, syncBlanks, toContent, toInput, type QuestionForm } from '../question-form'
import { fieldErrorsOf } from '../server-field-errors'
import { answerText } from '../version-diff'
import { useQuestionBanksStore } from '../stores/question-banks'
import { useCategoryTree } from './use-category-tree'

/** Fields the form shows errors beside; anything else goes to the top of the form. */
export const FORM_FIELDS = [
  'type', 'stem', 'options', 'left', 'right', 'items', 'answer', 'unit', 'referenceAnswer', 'rubric', 'category', 'dimension',
  'difficulty', 'points', 'tags', 'explanation', 'source', 'changeNote',
] as const

export type PreviewMode = 'phone' | 'desktop'

/**
 * The question editor: a form per type, a live candidate preview, and saving — a new question is
 * created, an existing one gets a new version with the trainer's change note.
 */
export function useQuestionEditor(bankId: () => string, questionId: () => string | undefined, initialType?: QuestionType) {
  const { t } = useI18n()
  const { errorMessage } = useErrorMessage()
  const router = useRouter()
  const banks = useQuestionBanksStore()
  const categories = useCategoryTree(bankId)

  const form = ref<QuestionForm>(emptyForm(initialType ?? 'single'))
  const question = ref<QuestionDto | null>(null)
  const loading = ref(false)
  const loadError = ref<unknown>(null)
  const saving = ref(false)
  const fieldErrors = ref<Record<string, string[]>>({})
  const topErrors = ref<string[]>([])
  const previewMode = ref<PreviewMode>('phone')
  const sources = ref<SourceDocumentDto[]>([])
  /** Bumped after each save so the history tab reloads. */
  const savedCount = ref(0)

  const isNew = computed(() => !questionId())
  const bank = computed(() => banks.byId.get(bankId()) ?? null)
  const canEdit = computed(() => bank.value?.canEdit ?? false)
  const preview = computed(() => toCandidateQuestion(toContent(form.value)))
  const hasStem = computed(() => form.value.stem.trim() !== '')
  /** For readers who may not edit: the key, in words, below the preview. */
  const answerSummary = computed(() =>
    answerText(toContent(form.value), {
      truth: (value) => (value ? t('questionEditor.truthTrue') : t('questionEditor.truthFalse')),
      typeName: (type) => t(`questionTypes.${type}`),
    }),
  )

  watch(
    () => [form.value.type, form.value.stem],
    () => syncBlanks(form.value),
  )

  function setType(type: QuestionType): void {
    changeType(form.value, type)
  }

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = null
    try {
      const [, loaded] = await Promise.all([
        bank.value ? Promise.resolve(bank.value) : banks.refresh(bankId()),
        questionId() ? getQuestion(questionId() as string) : Promise.resolve(null),
      ])
      if (loaded) {
        question.value = loaded
        form.value = formFromContent(contentOf(loaded))
      }
    } catch (error) {
      loadError.value = error
    } finally {
      loading.value = false
    }
  }

  function showErrors(errors: Record<string, string[]>, top: string[]): void {
    fieldErrors.value = errors
    topErrors.value = top
  }

  async function save(): Promise<boolean> {
    if (saving.value || !canEdit.value) return false
    const problems = localProblems(form.value)
    if (problems.length) {
      const byField: Record<string, string[]> = {}
      for (const p of problems) (byField[p.field] ??= []).push(t(`questionEditor.${p.key}`))
      showErrors(byField, [])
      return false
    }
    showErrors({}, [])
    saving.value = true
    try {
      const id = questionId()
      if (id) {
        const saved = await updateQuestion(id, toInput(form.value, true))
        question.value = saved
        form.value.changeNote = ''
        savedCount.value++
        ElMessage.success(t('questionEditor.saved', { version: saved.currentVersion }))
      } else {
        const created = await createQuestion(bankId(), toInput(form.value))
        ElMessage.success(t('questionEditor.created'))
        await router.replace({ name: 'question-edit', params: { bankId: bankId(), questionId: created.id } })
      }
      void banks.refresh(bankId()).catch(() => undefined)
      void categories.load()
      return true
    } catch (error) {
      const located = fieldErrorsOf(error, FORM_FIELDS)
      if (located) showErrors(located.byField, located.general)
      else showErrors({}, [errorMessage(error)])
      return false
    } finally {
      saving.value = false
    }
  }

  async function markReviewed(): Promise<void> {
    const id = questionId()
    if (!id) return
    try {
      question.value = await markQuestionReviewed(id)
      ElMessage.success(t('questionList.reviewed'))
      void banks.refresh(bankId()).catch(() => undefined)
    } catch (error) {
      ElMessage.error(errorMessage(error))
    }
  }

  onMounted(() => {
    void load()
    void categories.load()
    listSourceDocuments()
      .then((list) => (sources.value = list))
      .catch(() => undefined) // suggestions only
  })

  // Creating replaces the route with the new question's; load it so history and versions work.
  watch(questionId, (id, before) => {
    if (id && id !== before) void load()
  })

  return {
    form, question, loading, loadError, saving, fieldErrors, topErrors, previewMode, sources, savedCount, isNew, bank, canEdit,
    preview, hasStem, answerSummary, categories, setType, load, save, markReviewed,
  }
}

export function typeFromQuery(value: unknown): QuestionType | undefined {
  return isQuestionType(value) ? value : undefined
}
