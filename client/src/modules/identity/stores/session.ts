import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import type { AuthUserDto, LoginResponseDto, MeDto } from '@/api/schema'
import * as identityApi from '../api'
import { isRole, type Role } from '../roles'

export const SESSION_STORAGE_KEY = 'kaoping.session'

interface SavedSession {
  accessToken: string
  refreshToken: string
  user: AuthUserDto
}

function readSaved(): SavedSession | null {
  try {
    const raw = localStorage.getItem(SESSION_STORAGE_KEY)
    if (!raw) return null
    const saved = JSON.parse(raw) as Partial<SavedSession>
    if (typeof saved.accessToken !== 'string' || typeof saved.refreshToken !== 'string' || !saved.user) return null
    return saved as SavedSession
  } catch {
    return null
  }
}

export const useSessionStore = defineStore('session', () => {
  const saved = readSaved()
  const accessToken = ref<string | null>(saved?.accessToken ?? null)
  const refreshToken = ref<string | null>(saved?.refreshToken ?? null)
  const user = ref<AuthUserDto | null>(saved?.user ?? null)
  /** The fuller profile (unit) from GET /api/me; loaded after sign-in. */
  const me = ref<MeDto | null>(null)

  const isAuthenticated = computed(() => accessToken.value !== null && user.value !== null)
  const roles = computed<Role[]>(() => (user.value?.roles ?? []).filter(isRole))

  function hasRole(...wanted: Role[]): boolean {
    return wanted.some((role) => roles.value.includes(role))
  }

  function persist(): void {
    if (accessToken.value && refreshToken.value && user.value) {
      const data: SavedSession = { accessToken: accessToken.value, refreshToken: refreshToken.value, user: user.value }
      localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(data))
    } else {
      localStorage.removeItem(SESSION_STORAGE_KEY)
    }
  }

  function applyTokens(response: LoginResponseDto): void {
    accessToken.value = response.accessToken
    refreshToken.value = response.refreshToken
    user.value = response.user
    persist()
  }

  /** Forget the session locally (no server call). */
  function clear(): void {
    accessToken.value = null
    refreshToken.value = null
    user.value = null
    me.value = null
    persist()
  }

  async function login(username: string, password: string): Promise<void> {
    applyTokens(await identityApi.login({ username, password }))
  }

  async function logout(): Promise<void> {
    const token = refreshToken.value
    clear()
    if (!token) return
    try {
      await identityApi.logout({ refreshToken: token })
    } catch {
      // Signing out locally is what the user asked for; a server that cannot be reached must not block it.
    }
  }

  let refreshing: Promise<boolean> | null = null

  /** Takes over what another tab saved (refresh tokens are single-use, so tabs must share them). */
  function adoptSaved(): boolean {
    const latest = readSaved()
    if (!latest || latest.refreshToken === refreshToken.value) return false
    accessToken.value = latest.accessToken
    refreshToken.value = latest.refreshToken
    user.value = latest.user
    return true
  }

  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== SESSION_STORAGE_KEY) return
      if (event.newValue === null) {
        accessToken.value = null
        refreshToken.value = null
        user.value = null
        me.value = null
      } else {
        adoptSaved()
      }
    })
  }

  /** Single-flight: requests that fail together with 401 share one refresh call. */
  function refresh(): Promise<boolean> {
    // Another tab may already have used our refresh token and saved the new pair.
    if (adoptSaved()) return Promise.resolve(true)
    const token = refreshToken.value
    if (!token) return Promise.resolve(false)
    refreshing ??= identityApi
      .refreshTokens({ refreshToken: token })
      .then((response) => {
        applyTokens(response)
        return true
      })
      .catch(() => false)
      .finally(() => {
        refreshing = null
      })
    return refreshing
  }

  async function loadMe(): Promise<MeDto> {
    const profile = await identityApi.fetchMe()
    me.value = profile
    if (user.value) {
      user.value = { ...user.value, displayName: profile.displayName, roles: profile.roles }
      persist()
    }
    return profile
  }

  return {
    accessToken,
    refreshToken,
    user,
    me,
    isAuthenticated,
    roles,
    hasRole,
    login,
    logout,
    refresh,
    loadMe,
    clear,
  }
})
