import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import type { CreateQuestionBankDto, QuestionBankDto } from '@/api/schema'
import * as api from '../api'

/** The banks the signed-in user may see, shared by the bank list and each bank's page. */
export const useQuestionBanksStore = defineStore('question-banks', () => {
  const banks = ref<QuestionBankDto[]>([])
  const loaded = ref(false)
  const loading = ref(false)
  const error = ref<unknown>(null)

  const byId = computed(() => new Map(banks.value.map((bank) => [bank.id, bank])))

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      banks.value = await api.listBanks()
      loaded.value = true
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  function upsert(bank: QuestionBankDto): void {
    const index = banks.value.findIndex((b) => b.id === bank.id)
    if (index >= 0) banks.value.splice(index, 1, bank)
    else banks.value.unshift(bank)
  }

  /** Fetches one bank again (its counts change with every import, retirement or review). */
  async function refresh(bankId: string): Promise<QuestionBankDto> {
    const bank = await api.getBank(bankId)
    upsert(bank)
    return bank
  }

  async function create(body: CreateQuestionBankDto): Promise<QuestionBankDto> {
    const bank = await api.createBank(body)
    upsert(bank)
    return bank
  }

  return { banks, loaded, loading, error, byId, load, refresh, create, upsert }
})
