import { computed, onMounted, ref } from 'vue'
import type { BankQualityDto, QuestionBankDto } from '@/api/schema'
import { getBank, getBankQuality } from '../api'

/**
 * One bank's quality page: the written problems of each question (item-writing checks) beside the
 * measured ones (item analysis), the bank's figures against the limits, and stems that nearly
 * repeat one in any bank the user can see.
 */
export function useBankQuality(bankId: () => string) {
  const bank = ref<QuestionBankDto | null>(null)
  const quality = ref<BankQualityDto | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)

  const findings = computed(() => quality.value?.questions ?? [])
  const pairs = computed(() => quality.value?.similarPairs ?? [])
  const keepsLimits = computed(() => !!quality.value && quality.value.breaches.length === 0)

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      ;[bank.value, quality.value] = await Promise.all([getBank(bankId()), getBankQuality(bankId())])
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  onMounted(load)
  return { bank, quality, findings, pairs, keepsLimits, loading, error, load }
}
