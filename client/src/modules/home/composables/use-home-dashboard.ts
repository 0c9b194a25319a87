import { computed, onMounted, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { navItemsFor } from '@/composables/use-app-menu'
import { useSessionStore } from '@/modules/identity/stores/session'

/** The landing page: who is signed in, and the features their roles will use. */
export function useHomeDashboard() {
  const session = useSessionStore()
  const { t } = useI18n()
  const loadingProfile = ref(false)

  const displayName = computed(() => session.me?.displayName ?? session.user?.displayName ?? '')
  const roleLabels = computed(() => session.roles.map((role) => t(`roles.${role}`)))
  const unitName = computed(() => session.me?.unitName ?? '')

  const items = computed(() => navItemsFor(session.roles).filter((item) => item.key !== 'home'))
  const upcoming = computed(() => items.value.filter((item) => item.comingSoon))
  const available = computed(() => items.value.filter((item) => !item.comingSoon))

  onMounted(async () => {
    if (session.me) return
    loadingProfile.value = true
    try {
      await session.loadMe()
    } catch {
      // The welcome card still shows the name and roles from sign-in; only the unit is missing.
    } finally {
      loadingProfile.value = false
    }
  })

  return { displayName, roleLabels, unitName, upcoming, available, loadingProfile }
}
