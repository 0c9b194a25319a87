import { reactive } from 'vue'
import type { QuestionCategoryDto } from '@/api/schema'
import { listCategories } from '@/modules/question-bank/api'

/** Each bank's categories, fetched once when a rule first names the bank. */
export function useBankCategories() {
  const byBank = reactive(new Map<string, QuestionCategoryDto[]>())
  const pending = new Set<string>()

  async function ensure(bankId: string): Promise<void> {
    if (!bankId || byBank.has(bankId) || pending.has(bankId)) return
    pending.add(bankId)
    try {
      byBank.set(
        bankId,
        [...(await listCategories(bankId))].sort((a, b) => a.path.localeCompare(b.path, 'zh-CN')),
      )
    } catch {
      // The category is optional: without the list, the rule simply draws from the whole bank.
      byBank.set(bankId, [])
    } finally {
      pending.delete(bankId)
    }
  }

  const of = (bankId: string) => byBank.get(bankId) ?? []

  return { ensure, of }
}
