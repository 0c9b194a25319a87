import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import type { FormItemRule, FormRules } from 'element-plus'
import { useErrorMessage } from '@/composables/use-error-message'
import { useValidatedSubmit } from '@/composables/use-validated-submit'
import { changePassword } from '../api'
import { useSessionStore } from '../stores/session'
import { PASSWORD_MIN_LENGTH, passwordLengthRule } from '../password-policy'

/**
 * The signed-in user changes their own password. The server ends every login of the user and hands
 * this page a new one, which the session takes over; `onChanged` runs after that.
 */
export function useChangePassword(onChanged?: () => void | Promise<void>) {
  const session = useSessionStore()
  const { t } = useI18n()
  const { errorMessage } = useErrorMessage()

  const form = reactive({ currentPassword: '', newPassword: '', confirmPassword: '' })
  const error = ref('')
  const done = ref(false)

  const differsFromCurrent: FormItemRule['validator'] = (_rule, value: string, callback) => {
    if (value && value === form.currentPassword) callback(new Error(t('profile.sameAsCurrent')))
    else callback()
  }
  const matchesNew: FormItemRule['validator'] = (_rule, value: string, callback) => {
    if (value !== form.newPassword) callback(new Error(t('profile.mismatch')))
    else callback()
  }

  const rules: FormRules = {
    currentPassword: [{ required: true, message: () => t('profile.currentRequired'), trigger: 'blur' }],
    newPassword: [passwordLengthRule((min) => t('profile.tooShort', { min })), { validator: differsFromCurrent, trigger: 'blur' }],
    confirmPassword: [
      { required: true, message: () => t('profile.mismatch'), trigger: 'blur' },
      { validator: matchesNew, trigger: 'blur' },
    ],
  }

  const { formRef, submitting, submit } = useValidatedSubmit(async () => {
    error.value = ''
    done.value = false
    try {
      session.applySession(await changePassword({ currentPassword: form.currentPassword, newPassword: form.newPassword }))
    } catch (failure) {
      // 400: too short or too common — the server's sentence says which.
      error.value = errorMessage(failure)
      return
    }
    done.value = true
    Object.assign(form, { currentPassword: '', newPassword: '', confirmPassword: '' })
    formRef.value?.clearValidate()
    ElMessage.success(t('profile.success'))
    await onChanged?.()
  })

  return { form, rules, error, done, formRef, submitting, submit, minLength: PASSWORD_MIN_LENGTH }
}
