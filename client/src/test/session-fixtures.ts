import type { AuthUserDto, MeDto } from '@/api/schema'
import type { Role } from '@/modules/identity/roles'

export function authUser(roles: Role[], displayName = '张三', mustChangePassword = false): AuthUserDto {
  return { id: '6f1c1c9e-0000-4000-8000-000000000001', username: 'zhangsan', displayName, roles, mustChangePassword }
}

export function meFor(user: Pick<AuthUserDto, 'id' | 'username' | 'displayName' | 'roles'>, unitName = '城中客户服务部'): MeDto {
  const { id, username, displayName, roles } = user
  return { id, username, displayName, roles, unitId: '6f1c1c9e-0000-4000-8000-000000000101', unitName, disabled: false }
}

let seeded: { accessToken: string; user: AuthUserDto; restored: boolean } | null = null

/**
 * A signed-in session as a page has it after restoring from the refresh cookie: the next app made by
 * createTestApp starts with it (the tokens live only in memory, so there is nothing to write to storage).
 */
export function seedSession(roles: Role[], displayName?: string, mustChangePassword = false): AuthUserDto {
  const user = authUser(roles, displayName, mustChangePassword)
  seeded = { accessToken: 'access-1', user, restored: true }
  return user
}

/** Hands the seeded session to a new pinia once. */
export function takeSeededSession(): typeof seeded {
  const session = seeded
  seeded = null
  return session
}
