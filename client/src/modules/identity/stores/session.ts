import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import type { AuthUserDto, LoginResponseDto, MeDto } from '@/api/schema'
import * as identityApi from '../api'
import { isRole, type Role } from '../roles'

/**
 * The signed-in user and their access token, in memory only. The refresh token is an httpOnly cookie
 * this code never sees: a page reload restores the session by asking the server for a new access
 * token (`restore`), and tabs share the cookie.
 */
export const useSessionStore = defineStore('session', () => {
  const accessToken = ref<string | null>(null)
  const user = ref<AuthUserDto | null>(null)
  /** The fuller profile (unit) from GET /api/me; loaded after sign-in. */
  const me = ref<MeDto | null>(null)
  /** Whether this page has already asked the server for the session its cookie may hold. */
  const restored = ref(false)

  const isAuthenticated = computed(() => accessToken.value !== null && user.value !== null)
  const roles = computed<Role[]>(() => (user.value?.roles ?? []).filter(isRole))
  /** An administrator chose the password: the server refuses everything but changing it. */
  const mustChangePassword = computed(() => user.value?.mustChangePassword === true)

  function hasRole(...wanted: Role[]): boolean {
    return wanted.some((role) => roles.value.includes(role))
  }

  function applySession(response: LoginResponseDto): void {
    accessToken.value = response.accessToken
    user.value = response.user
    restored.value = true
  }

  /** Forget the session locally (no server call). */
  function clear(): void {
    accessToken.value = null
    user.value = null
    me.value = null
  }

  async function login(username: string, password: string): Promise<void> {
    applySession(await identityApi.login({ username, password }))
  }

  async function logout(): Promise<void> {
    clear()
    try {
      await identityApi.logout()
    } catch {
      // Signing out locally is what the user asked for; a server that cannot be reached must not block it.
    }
  }

  let refreshing: Promise<boolean> | null = null

  /**
   * Single-flight within the page, and one tab at a time across tabs (a Web Lock): the cookie is
   * single use, and the server ends the whole login when one is presented twice.
   */
  function refresh(): Promise<boolean> {
    refreshing ??= withRefreshLock(() => identityApi.refreshTokens())
      .then((response) => {
        applySession(response)
        return true
      })
      .catch(() => false)
      .finally(() => {
        refreshing = null
        restored.value = true
      })
    return refreshing
  }

  /** After a page load: the cookie's session, if any. Asks the server once. */
  async function restore(): Promise<boolean> {
    if (isAuthenticated.value) return true
    if (restored.value) return false
    return refresh()
  }

  async function loadMe(): Promise<MeDto> {
    const profile = await identityApi.fetchMe()
    me.value = profile
    if (user.value) user.value = { ...user.value, displayName: profile.displayName, roles: profile.roles }
    return profile
  }

  return {
    accessToken,
    user,
    me,
    restored,
    isAuthenticated,
    roles,
    mustChangePassword,
    hasRole,
    applySession,
    login,
    logout,
    refresh,
    restore,
    loadMe,
    clear,
  }
})

function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  return locks ? locks.request('kaoping.refresh', work) : work()
}
