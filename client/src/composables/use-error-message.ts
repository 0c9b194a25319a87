import { useI18n } from 'vue-i18n'
import { errorText } from '@/i18n/error-text'

/** Turns anything thrown by an API call into a sentence for the user, in the component's language. */
export function useErrorMessage() {
  const { t, te } = useI18n()

  function errorMessage(error: unknown): string {
    return errorText(error, { t: (key, named = {}, plural) => (plural === undefined ? t(key, named) : t(key, named, plural)), te: (key) => te(key) })
  }

  return { errorMessage }
}
