import type { AssigneeDto, AssigneeViewDto, UnitDto } from '@/api/schema'
import type { Role } from '@/modules/identity/roles'

/** Who sits an exam, as the trainer picks them: units (with everything below), roles, and people. */
export interface AssigneeChoice {
  unitIds: string[]
  /** Limits the units to holders of these roles; alone, it means those roles across the trainer's scope. */
  roles: Role[]
  userIds: string[]
}

export function emptyAssigneeChoice(): AssigneeChoice {
  return { unitIds: [], roles: ['staff'], userIds: [] }
}

/**
 * The server reads an assignee as: a unit → everyone in its subtree; a unit and a role → that
 * role's holders there; a role alone → its holders in the sitting owner's subtree; a user → that
 * person. Units × roles therefore become one row per pair; people are always added on top.
 */
export function buildAssignees(choice: AssigneeChoice): AssigneeDto[] {
  const units = [...new Set(choice.unitIds)]
  const roles = [...new Set(choice.roles)]
  const groups: AssigneeDto[] =
    units.length && roles.length
      ? units.flatMap((unitId) => roles.map((role) => ({ unitId, role })))
      : units.length
        ? units.map((unitId) => ({ unitId }))
        : roles.map((role) => ({ role }))
  // Roles with nothing else would invite every such holder in the scope: only when no person was picked either.
  const people = [...new Set(choice.userIds)].map((userId) => ({ userId }))
  if (!units.length && people.length) return people
  return [...groups, ...people]
}

/** One line per assignee row for the sitting's page: "城中一组 · 客户经理", "营销部", "staff01". */
export function describeAssignee(
  assignee: AssigneeViewDto,
  lookup: { unit: (id: string) => UnitDto | undefined; role: (role: string) => string; user: (id: string) => string | undefined },
): string {
  const parts: string[] = []
  if (assignee.unitId) parts.push(lookup.unit(assignee.unitId)?.name ?? assignee.unitId)
  if (assignee.role) parts.push(lookup.role(assignee.role))
  if (assignee.userId) parts.push(lookup.user(assignee.userId) ?? assignee.userId)
  return parts.join(' · ')
}
