import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { BulkQuestionActionDto } from '@/api/schema'
import { useErrorMessage } from '@/composables/use-error-message'
import { bulkQuestions } from '../api'

/** Move, tag, retire or restore the selected questions of a bank in one request. */
export function useBulkActions(bankId: () => string, selectedIds: Ref<string[]>, onDone: () => void) {
  const { t } = useI18n()
  const { errorMessage } = useErrorMessage()
  const running = ref(false)

  async function run(action: Omit<BulkQuestionActionDto, 'questionIds'>): Promise<boolean> {
    if (selectedIds.value.length === 0 || running.value) return false
    running.value = true
    try {
      const { changed } = await bulkQuestions(bankId(), { questionIds: [...selectedIds.value], ...action })
      ElMessage.success(t('questionList.bulkDone', { count: changed }))
      selectedIds.value = []
      onDone()
      return true
    } catch (error) {
      ElMessage.error(errorMessage(error))
      return false
    } finally {
      running.value = false
    }
  }

  const move = (categoryId: string | null) => run({ action: 'move', categoryId })
  const addTag = (tag: string) => run({ action: 'tag', tag: tag.trim() })
  const restore = () => run({ action: 'restore' })

  async function retire(): Promise<boolean> {
    try {
      await ElMessageBox.confirm(t('questionList.confirmRetire', { count: selectedIds.value.length }), t('questionList.bulkRetire'), {
        type: 'warning',
        confirmButtonText: t('questionList.bulkRetire'),
        cancelButtonText: t('common.cancel'),
      })
    } catch {
      return false // cancelled
    }
    return run({ action: 'retire' })
  }

  return { running, move, addTag, retire, restore }
}
