import { computed, onMounted, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { QuestionDto, QuestionImportReportDto } from '@/api/schema'
import { useErrorMessage } from '@/composables/use-error-message'
import { markQuestionReviewed, MAX_ID_FILTER } from '../api'
import { useQuestionBanksStore } from '../stores/question-banks'
import { useBankExport } from './use-bank-export'
import { useBulkActions } from './use-bulk-actions'
import { useCategoryTree } from './use-category-tree'
import { useQuestionList } from './use-question-list'

/** One bank's page: its header and counts, categories, questions, bulk actions, export and review. */
export function useBankPage(bankId: () => string) {
  const { t } = useI18n()
  const { errorMessage } = useErrorMessage()
  const store = useQuestionBanksStore()

  const bank = computed(() => store.byId.get(bankId()) ?? null)
  const bankError = ref<unknown>(null)
  /** Managers read banks they may not change; the server says which, per bank. */
  const canEdit = computed(() => bank.value?.canEdit ?? false)
  const importOpen = ref(false)

  const list = useQuestionList(bankId)
  const categories = useCategoryTree(bankId)

  async function loadBank(): Promise<void> {
    bankError.value = null
    try {
      await store.refresh(bankId())
    } catch (error) {
      bankError.value = error
    }
  }

  function refreshAll(): void {
    void list.load()
    void categories.load()
    void loadBank()
  }

  const bulk = useBulkActions(bankId, list.selectedIds, refreshAll)
  const exporter = useBankExport(() => bank.value)

  const emptyText = computed(() => {
    if (list.isFiltered.value) return t('questionList.noMatch')
    return canEdit.value ? t('questionList.empty') : t('questionList.emptyReadOnly')
  })

  async function markReviewed(question: QuestionDto): Promise<void> {
    try {
      const updated = await markQuestionReviewed(question.id)
      ElMessage.success(t('questionList.reviewed'))
      if (list.filters.needsReview) void list.load()
      else list.replace(updated)
      void loadBank()
    } catch (error) {
      ElMessage.error(errorMessage(error))
    }
  }

  function showNeedsReview(): void {
    list.filters.needsReview = true
  }

  /** A new category goes under the one selected in the tree, or at the top. */
  async function newCategory(): Promise<void> {
    const parentId = list.filters.categoryId || null
    const parent = parentId ? categories.pathOf(parentId) : ''
    let name: string
    try {
      const answer = await ElMessageBox.prompt(t('questionList.categoryName'), parent ? t('questionList.newCategoryUnder', { parent }) : t('questionList.newRootCategory'), {
        confirmButtonText: t('common.create'),
        cancelButtonText: t('common.cancel'),
        inputValidator: (value) => (value?.trim() ? true : t('questionList.categoryName')),
      })
      name = answer.value
    } catch {
      return // cancelled
    }
    try {
      const created = await categories.create(name, parentId)
      ElMessage.success(t('questionList.categoryCreated', { name: created.name }))
    } catch (error) {
      ElMessage.error(errorMessage(error))
    }
  }

  const importedIds = ref<string[]>([])

  function onImported(report: QuestionImportReportDto): void {
    importedIds.value = report.questionIds
    refreshAll()
  }

  /** After an import, "查看题目" shows just the questions it wrote, not the whole bank. */
  function showImported(): void {
    list.clearFilters()
    list.filters.ids = importedIds.value.slice(0, MAX_ID_FILTER).join(',')
  }

  onMounted(refreshAll)
  watch(bankId, () => {
    list.clearFilters()
    refreshAll()
  })

  return { bank, bankError, canEdit, importOpen, list, categories, bulk, exporter, emptyText, markReviewed, showNeedsReview, newCategory, onImported, showImported, importedIds, loadBank }
}
