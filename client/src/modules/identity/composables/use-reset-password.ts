import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { FormRules } from 'element-plus'
import type { UserDto } from '@/api/schema'
import { useErrorMessage } from '@/composables/use-error-message'
import { useValidatedSubmit } from '@/composables/use-validated-submit'
import { resetUserPassword } from '../api'
import { passwordLengthRule } from '../password-policy'

/** An administrator sets a new password for someone who forgot theirs. */
export function useResetPassword(onDone: (user: UserDto) => void) {
  const { t } = useI18n()
  const { errorMessage } = useErrorMessage()

  const open = ref(false)
  const target = ref<UserDto | null>(null)
  const form = reactive({ password: '' })
  const formError = ref('')

  const rules: FormRules = {
    password: [passwordLengthRule((min) => t('users.passwordRule', { min }))],
  }

  function start(user: UserDto): void {
    target.value = user
    form.password = ''
    formError.value = ''
    open.value = true
  }

  const { formRef, submitting, submit } = useValidatedSubmit(async () => {
    const user = target.value
    if (!user) return
    formError.value = ''
    try {
      await resetUserPassword(user.id, { password: form.password })
    } catch (failure) {
      formError.value = errorMessage(failure)
      return
    }
    open.value = false
    onDone(user)
  })

  return { open, target, form, formError, rules, formRef, submitting, submit, start }
}
