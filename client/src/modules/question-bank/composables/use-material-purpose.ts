import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { useErrorMessage } from '@/composables/use-error-message'
import { updateBank, updateCategory } from '../api'
import type { MaterialPurpose } from '../category-tree'
import { useQuestionBanksStore } from '../stores/question-banks'

/**
 * Marks the bank, or one category, as 练习题 or 考试题 (null: as its parent). The categories are read
 * again afterwards, since every category below that follows the marking changes with it.
 */
export function useMaterialPurpose(bankId: () => string, reloadCategories: () => Promise<void>) {
  const { t } = useI18n()
  const { errorMessage } = useErrorMessage()
  const store = useQuestionBanksStore()
  const saving = ref(false)

  async function save(change: () => Promise<string>): Promise<void> {
    saving.value = true
    try {
      const message = await change()
      await reloadCategories()
      ElMessage.success(message)
    } catch (error) {
      ElMessage.error(errorMessage(error))
    } finally {
      saving.value = false
    }
  }

  const setBankPurpose = (purpose: MaterialPurpose) =>
    save(async () => {
      const bank = await updateBank(bankId(), { purpose })
      store.upsert(bank)
      return t('questionBank.purpose.changed', { name: bank.name, purpose: t(`questionBank.purpose.${purpose}`) })
    })

  const setCategoryPurpose = (categoryId: string, purpose: MaterialPurpose | null) =>
    save(async () => {
      const category = await updateCategory(bankId(), categoryId, { purpose })
      return t('questionBank.purpose.changed', { name: category.path, purpose: t(`questionBank.purpose.${category.effectivePurpose}`) })
    })

  return { saving, setBankPurpose, setCategoryPurpose }
}
