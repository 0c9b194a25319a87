import { computed, onScopeDispose, reactive, ref, watch } from 'vue'
import type { UserDto } from '@/api/schema'
import { listUsers, updateUser } from '../api'

export const SEARCH_DEBOUNCE_MS = 300

/** The users table: search, unit filter, paging, and the enable/disable switch. */
export function useUserList() {
  const query = reactive({ q: '', unitId: undefined as string | undefined, page: 1, pageSize: 20 })
  const items = ref<UserDto[]>([])
  const total = ref(0)
  const loading = ref(false)
  const error = ref<unknown>(null)
  const isFiltered = computed(() => query.q.trim() !== '' || !!query.unitId)

  // Only the newest response may fill the table: typing fast must not show an older search's rows.
  let latest = 0

  async function load(): Promise<void> {
    const ticket = ++latest
    loading.value = true
    error.value = null
    try {
      const page = await listUsers({
        page: query.page,
        pageSize: query.pageSize,
        q: query.q.trim() || undefined,
        unitId: query.unitId || undefined,
      })
      if (ticket !== latest) return
      items.value = page.items
      total.value = page.total
    } catch (failure) {
      if (ticket === latest) error.value = failure
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  watch(
    () => query.q,
    () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        query.page = 1
        void load()
      }, SEARCH_DEBOUNCE_MS)
    },
  )
  onScopeDispose(() => clearTimeout(timer))

  watch(
    () => query.unitId,
    () => {
      query.page = 1
      void load()
    },
  )

  function setPage(page: number): Promise<void> {
    query.page = page
    return load()
  }

  function setPageSize(size: number): Promise<void> {
    query.pageSize = size
    query.page = 1
    return load()
  }

  /** Puts a saved user into the current page (or reloads when it is a new one). */
  function upsert(user: UserDto): void {
    const index = items.value.findIndex((item) => item.id === user.id)
    if (index >= 0) items.value.splice(index, 1, user)
    else void load()
  }

  async function setDisabled(user: UserDto, disabled: boolean): Promise<UserDto> {
    const saved = await updateUser(user.id, { disabled })
    upsert(saved)
    return saved
  }

  return { query, items, total, loading, error, isFiltered, load, setPage, setPageSize, upsert, setDisabled }
}
