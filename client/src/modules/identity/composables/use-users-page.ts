import { computed, onMounted, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { UserDto } from '@/api/schema'
import { useErrorMessage } from '@/composables/use-error-message'
import { useSessionStore } from '../stores/session'
import { useUnitTree } from './use-unit-tree'
import { useUserList } from './use-user-list'

/** Everything on the users page that is not a dialog: list, filters, and who may change what. */
export function useUsersPage() {
  const { t } = useI18n()
  const { errorMessage } = useErrorMessage()
  const session = useSessionStore()

  const list = useUserList()
  const units = useUnitTree()
  /** Managers see users of their scope but cannot change them. */
  const canEdit = computed(() => session.hasRole('admin'))
  const importOpen = ref(false)

  const emptyText = computed(() => {
    if (list.isFiltered.value) return t('users.noMatch')
    return canEdit.value ? t('users.emptyAdmin') : t('users.emptyReadOnly')
  })

  onMounted(() => {
    void list.load()
    void units.load()
  })

  async function toggleDisabled(user: UserDto): Promise<void> {
    const disable = !user.disabled
    if (disable) {
      try {
        await ElMessageBox.confirm(t('users.confirmDisable', { name: user.displayName }), t('users.disable'), {
          type: 'warning',
          confirmButtonText: t('users.disable'),
          cancelButtonText: t('common.cancel'),
        })
      } catch {
        return // cancelled
      }
    }
    try {
      const saved = await list.setDisabled(user, disable)
      ElMessage.success(t(disable ? 'users.disabledDone' : 'users.enabledDone', { name: saved.displayName }))
    } catch (failure) {
      ElMessage.error(errorMessage(failure))
    }
  }

  function onSaved(user: UserDto, created: boolean): void {
    ElMessage.success(created ? t('users.created', { name: user.displayName }) : t('users.saved'))
    if (created) void list.load()
    else list.upsert(user)
  }

  function onImported(): void {
    void list.load()
    void units.load() // user counts per unit changed
  }

  return { list, units, canEdit, importOpen, emptyText, toggleDisabled, onSaved, onImported }
}
