import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { ElMessage, type FormRules } from 'element-plus'
import { useErrorMessage } from '@/composables/use-error-message'
import { useValidatedSubmit } from '@/composables/use-validated-submit'
import { useQuestionBanksStore } from '../stores/question-banks'

/** The new-bank form; a created bank opens straight away so the trainer can fill it. */
export function useCreateBank(onCreated: () => void) {
  const { t } = useI18n()
  const { errorMessage } = useErrorMessage()
  const router = useRouter()
  const store = useQuestionBanksStore()

  const form = reactive({ name: '', description: '' })
  const error = ref('')
  const rules: FormRules = {
    name: [{ required: true, whitespace: true, message: () => t('questionBank.nameRequired'), trigger: 'blur' }],
  }

  function reset(): void {
    form.name = ''
    form.description = ''
    error.value = ''
  }

  const { submitting, submit } = useValidatedSubmit(async () => {
    error.value = ''
    try {
      const bank = await store.create({ name: form.name.trim(), ...(form.description.trim() && { description: form.description.trim() }) })
      onCreated()
      ElMessage.success(t('questionBank.created', { name: bank.name }))
      await router.push({ name: 'question-bank', params: { bankId: bank.id } })
    } catch (failure) {
      error.value = errorMessage(failure)
    }
  })

  return { form, error, rules, submitting, reset, submit }
}
