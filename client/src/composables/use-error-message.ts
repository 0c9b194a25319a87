import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/http'

/** Turns anything thrown by an API call into a sentence for the user. */
export function useErrorMessage() {
  const { t } = useI18n()

  function errorMessage(error: unknown): string {
    if (error instanceof ApiError) {
      if (error.status === 0) return t('errors.network')
      return error.message || t('errors.unknown')
    }
    return t('errors.unknown')
  }

  return { errorMessage }
}
