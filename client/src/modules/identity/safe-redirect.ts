import type { LocationQueryValue } from 'vue-router'

/** Only same-site paths are followed after login, so a crafted link cannot send users elsewhere. */
export function safeRedirect(value: LocationQueryValue | LocationQueryValue[] | undefined): string {
  const candidate = Array.isArray(value) ? value[0] : value
  if (typeof candidate !== 'string' || !candidate.startsWith('/') || candidate.startsWith('//')) return '/'
  if (candidate.startsWith('/login')) return '/'
  return candidate
}
