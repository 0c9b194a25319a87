import { shallowRef, watch, type ShallowRef } from 'vue'
import { useRoute, type LocationQuery } from 'vue-router'

/**
 * The query of the page this component belongs to. When the reader leaves for another page, the
 * router changes the route before this page is unmounted: without this, the leaving page would
 * read the next page's query (no unit, no month) and load its data once more for nothing.
 */
export function usePageQuery(): ShallowRef<LocationQuery> {
  const route = useRoute()
  const page = route.name
  const query = shallowRef(route.query)
  watch(
    () => route.query,
    (next) => {
      if (route.name === page) query.value = next
    },
  )
  return query
}
