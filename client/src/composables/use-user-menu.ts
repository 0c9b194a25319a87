import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { ElMessage } from 'element-plus'
import { useSessionStore } from '@/modules/identity/stores/session'
import { isAppLocale } from '@/i18n'
import { useLocale } from './use-locale'

export type UserMenuCommand = 'profile' | 'logout' | `locale:${string}`

/** What the header's user menu shows and does. */
export function useUserMenu() {
  const session = useSessionStore()
  const router = useRouter()
  const { t } = useI18n()
  const { locale, locales, setLocale } = useLocale()

  const displayName = computed(() => session.user?.displayName ?? '')
  const roleLabels = computed(() => session.roles.map((role) => t(`roles.${role}`)))

  async function run(command: UserMenuCommand): Promise<void> {
    if (command === 'profile') {
      await router.push({ name: 'profile' })
    } else if (command === 'logout') {
      await session.logout()
      ElMessage.success(t('userMenu.loggedOut'))
      await router.push({ name: 'login' })
    } else {
      const next = command.slice('locale:'.length)
      if (isAppLocale(next)) void setLocale(next)
    }
  }

  return { displayName, roleLabels, locale, locales, run }
}
