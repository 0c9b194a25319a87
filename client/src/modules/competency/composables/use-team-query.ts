import { computed } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import { usePageQuery } from './use-page-query'
import { currentMonth, parseTeamQuery, teamQueryToRoute, withChange, type TeamQuery } from '../team-query'

function sameQuery(a: LocationQuery, b: LocationQueryRaw): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys].every((key) => String(a[key] ?? '') === String(b[key] ?? ''))
}

/**
 * The team page's unit, month and page live in the address, so a manager can send a colleague the
 * view they are looking at. `defaultUnit` is the reader's own unit once their profile is known.
 */
export function useTeamQuery(defaultUnit: () => string | null, now = () => new Date()) {
  const route = useRoute()
  const router = useRouter()
  const thisMonth = currentMonth(now())

  const pageQuery = usePageQuery()
  const query = computed(() => parseTeamQuery(pageQuery.value, { unitId: defaultUnit(), month: thisMonth }))

  /** A choice of the reader's: a new history entry, so Back returns to the previous view. */
  async function update(change: Partial<TeamQuery>): Promise<void> {
    const next = teamQueryToRoute(withChange(query.value, change))
    if (!sameQuery(route.query, next)) await router.push({ query: next })
  }

  /** Writes the defaults (and drops malformed values) into the address without a new history entry. */
  async function settle(): Promise<void> {
    const wanted = teamQueryToRoute(query.value)
    if (!sameQuery(route.query, wanted)) await router.replace({ query: wanted })
  }

  return { query, thisMonth, update, settle }
}
