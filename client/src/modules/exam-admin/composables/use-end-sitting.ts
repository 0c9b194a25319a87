import { ref } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { SittingDto } from '@/api/schema'
import { useErrorMessage } from '@/composables/use-error-message'
import { useExamAdminI18n } from '../i18n'
import { endSitting } from '../api'

/**
 * 结束考试: after a confirmation naming what it does, ends the sitting for everyone (its window,
 * adjustments and make-ups close; open attempts are submitted and scored), then lets the page re-read.
 */
export function useEndSitting(onEnded: () => void | Promise<void>) {
  const { t } = useExamAdminI18n()
  const { errorMessage } = useErrorMessage()
  const ending = ref(false)

  async function end(sitting: Pick<SittingDto, 'id' | 'title'>, openAttempts: number): Promise<boolean> {
    if (ending.value) return false
    try {
      await ElMessageBox.confirm(
        t('examAdmin.sittingDetail.endConfirm', { title: sitting.title, open: openAttempts }),
        t('examAdmin.sittingDetail.end'),
        {
          type: 'warning',
          confirmButtonText: t('examAdmin.sittingDetail.endConfirmButton'),
          cancelButtonText: t('common.cancel'),
          confirmButtonClass: 'el-button--danger',
        },
      )
    } catch {
      return false // cancelled
    }
    ending.value = true
    try {
      const { submittedAttempts } = await endSitting(sitting.id)
      ElMessage.success(t('examAdmin.sittingDetail.ended', { count: submittedAttempts }))
      await onEnded()
      return true
    } catch (failure) {
      ElMessage.error(errorMessage(failure))
      return false
    } finally {
      ending.value = false
    }
  }

  return { ending, end }
}
