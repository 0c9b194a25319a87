import type { TrainingInputDto } from '@/api/schema'
import { schemaValues } from '@/composables/schema-values'
import type { AssigneeChoice } from '@/modules/exam-admin/assignees'
import type { Role } from '@/modules/identity/roles'

export type TrainingFormKind = TrainingInputDto['form']

export const TRAINING_FORMS = schemaValues<TrainingFormKind>({
  collective: true,
  self_study: true,
  morning_meeting: true,
  evening_meeting: true,
  knowledge_contest: true,
  speech_contest: true,
  exam: true,
})

/** A saved session's assignee rows back as the picker's choice (units × roles, plus people). */
export function choiceOf(rows: ReadonlyArray<{ unitId: string | null; role: Role | null; userId: string | null }>): AssigneeChoice {
  const unique = <T>(values: Array<T | null>) => [...new Set(values.filter((v): v is T => v !== null))]
  return {
    unitIds: unique(rows.filter((r) => !r.userId).map((r) => r.unitId)),
    roles: unique(rows.filter((r) => !r.userId).map((r) => r.role)),
    userIds: unique(rows.map((r) => r.userId)),
  }
}
