import { useI18n } from 'vue-i18n'
import { errorText } from '@/i18n/error-text'

/** Turns anything thrown by an API call into a sentence for the user, in the component's language. */
export function useErrorMessage() {
  const composer = useI18n()

  function errorMessage(error: unknown): string {
    return errorText(error, {
      t: (key, named = {}, plural) => (plural === undefined ? composer.t(key, named) : composer.t(key, named, plural)),
      te: (key) => composer.te(key),
    })
  }

  return { errorMessage }
}
