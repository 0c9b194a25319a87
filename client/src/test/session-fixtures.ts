import type { AuthUserDto, MeDto } from '@/api/schema'
import { SESSION_STORAGE_KEY } from '@/modules/identity/stores/session'
import type { Role } from '@/modules/identity/roles'

export function authUser(roles: Role[], displayName = '张三'): AuthUserDto {
  return { id: '6f1c1c9e-0000-4000-8000-000000000001', username: 'zhangsan', displayName, roles }
}

export function meFor(user: AuthUserDto, unitName = '城中客户服务部'): MeDto {
  return { ...user, unitId: '6f1c1c9e-0000-4000-8000-000000000101', unitName, disabled: false }
}

/** Writes a signed-in session where the store reads it on creation (as after a page reload). */
export function seedSession(roles: Role[], displayName?: string): AuthUserDto {
  const user = authUser(roles, displayName)
  localStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({ accessToken: 'access-1', refreshToken: 'refresh-1', user }),
  )
  return user
}
