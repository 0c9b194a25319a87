import { ref } from 'vue'
import type { UserDto } from '@/api/schema'
import { listUsers } from '@/modules/identity/api'

export interface PersonOption {
  id: string
  label: string
}

export const personLabel = (user: Pick<UserDto, 'displayName' | 'username' | 'unitName'>) =>
  `${user.displayName}（${user.username} · ${user.unitName}）`

/**
 * Remote search of people in the caller's scope for a filterable select. Chosen people stay in the
 * options after another search, so their names keep showing.
 */
export function useUserSearch(initial: PersonOption[] = []) {
  const options = ref<PersonOption[]>([...initial])
  const loading = ref(false)
  const error = ref<unknown>(null)
  let latest = 0

  function remember(people: readonly PersonOption[]): void {
    const known = new Set(options.value.map((o) => o.id))
    options.value = [...options.value, ...people.filter((p) => !known.has(p.id))]
  }

  async function search(query: string, keep: readonly string[] = []): Promise<void> {
    const ticket = ++latest
    loading.value = true
    error.value = null
    try {
      const page = await listUsers({ page: 1, pageSize: 20, ...(query.trim() && { q: query.trim() }) })
      if (ticket !== latest) return
      const kept = options.value.filter((o) => keep.includes(o.id))
      const found = page.items.filter((u) => !u.disabled).map((u) => ({ id: u.id, label: personLabel(u) }))
      options.value = [...kept, ...found.filter((f) => !keep.includes(f.id))]
    } catch (failure) {
      if (ticket === latest) error.value = failure
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  return { options, loading, error, search, remember }
}
