import { onBeforeUnmount, ref, type Ref } from 'vue'

/** Reactive `matchMedia`; false where the browser (or test DOM) has no matchMedia. */
export function useMediaQuery(query: string): Ref<boolean> {
  const matches = ref(false)
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return matches

  const list = window.matchMedia(query)
  matches.value = list.matches
  const onChange = (event: MediaQueryListEvent) => {
    matches.value = event.matches
  }
  list.addEventListener('change', onChange)
  onBeforeUnmount(() => list.removeEventListener('change', onChange))
  return matches
}

/** Phones and small tablets: the menu moves into a drawer. */
export const PHONE_QUERY = '(max-width: 768px)'

export function useIsPhone(): Ref<boolean> {
  return useMediaQuery(PHONE_QUERY)
}
