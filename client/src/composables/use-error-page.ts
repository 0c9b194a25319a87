import { watch, type WatchSource } from 'vue'
import { useRoute, useRouter, type RouteLocationNormalizedLoaded, type RouteLocationRaw } from 'vue-router'
import { ApiError } from '@/api/http'

/**
 * Where a page goes when its main load is refused: 403 to the "no access" page, 404 (the server's
 * answer for something missing or outside the caller's scope) to "not found" at the same address.
 * Anything else stays on the page, which shows its own retryable error.
 */
export function errorPageFor(
  error: unknown,
  route: Pick<RouteLocationNormalizedLoaded, 'path' | 'fullPath' | 'query' | 'hash'>,
): RouteLocationRaw | null {
  if (!(error instanceof ApiError)) return null
  if (error.status === 403) return { name: 'forbidden', query: { from: route.fullPath } }
  if (error.status === 404) {
    return { name: 'not-found', params: { pathMatch: route.path.replace(/^\//, '').split('/') }, query: route.query, hash: route.hash }
  }
  return null
}

/**
 * Watches the error of a page's main load (the bank, the sitting, the person…) and, on 403 or 404,
 * replaces the half-rendered page with one clean "no access" / "not found" page.
 */
export function useErrorPage(mainLoadError: WatchSource<unknown>): void {
  const router = useRouter()
  const route = useRoute()
  watch(mainLoadError, (failure) => {
    const target = errorPageFor(failure, route)
    if (target) void router.replace(target)
  })
}
