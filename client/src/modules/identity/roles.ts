import type { AuthUserDto } from '@/api/schema'
import { schemaValues } from '@/composables/schema-values'

export type Role = AuthUserDto['roles'][number]

export const ROLES = schemaValues<Role>({ staff: true, trainer: true, manager: true, admin: true })

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}
