import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute, useRouter } from 'vue-router'
import type { FormRules } from 'element-plus'
import { ApiError } from '@/api/http'
import { useErrorMessage } from '@/composables/use-error-message'
import { useValidatedSubmit } from '@/composables/use-validated-submit'
import { useSessionStore } from '../stores/session'
import { safeRedirect } from '../safe-redirect'

export function useLogin() {
  const session = useSessionStore()
  const router = useRouter()
  const route = useRoute()
  const { t } = useI18n()
  const { errorMessage } = useErrorMessage()

  const form = reactive({ username: '', password: '' })
  /** What went wrong, as the alert's title and an optional second line. */
  const error = ref<{ title: string; detail?: string } | null>(null)

  const rules: FormRules = {
    username: [{ required: true, whitespace: true, message: () => t('login.usernameRequired'), trigger: 'blur' }],
    password: [{ required: true, message: () => t('login.passwordRequired'), trigger: 'blur' }],
  }

  function describe(failure: unknown): { title: string; detail?: string } {
    // 401 carries the reason the server chose (wrong password, or account disabled).
    if (failure instanceof ApiError && failure.status === 401)
      return { title: failure.code || failure.message ? errorMessage(failure) : t('login.wrongCredentials') }
    // 429: our sentence, then the server's, which says how long to wait.
    if (failure instanceof ApiError && failure.status === 429) return { title: t('login.throttled'), detail: errorMessage(failure) }
    return { title: errorMessage(failure) }
  }

  const { formRef, submitting, submit } = useValidatedSubmit(async () => {
    error.value = null
    try {
      await session.login(form.username.trim(), form.password)
    } catch (failure) {
      error.value = describe(failure)
      form.password = ''
      return
    }
    await router.replace(safeRedirect(route.query.redirect))
  })

  return { form, rules, error, formRef, submitting, submit }
}
