import { call } from '@/api/operations'
import type { CreateCoachingActionDto } from '@/api/schema'
import type { CompetencyDimension } from '@/modules/competency/api'

export const getCoachingMatrix = (unitId: string, month?: string) =>
  call('GET /api/coaching/units/{unitId}/matrix', { path: { unitId }, query: month ? { month } : {} })

export const listCoachingActions = (unitId: string, status?: 'open' | 'closed') =>
  call('GET /api/coaching/units/{unitId}/actions', { path: { unitId }, query: status ? { status } : {} })

export const assignCoachingAction = (body: CreateCoachingActionDto) => call('POST /api/coaching/actions', { body })

export const closeCoachingAction = (actionId: string) => call('PUT /api/coaching/actions/{actionId}/close', { path: { actionId } })

export const listMyCoaching = () => call('GET /api/coaching/mine')

export const getSubjectKpi = (unitId: string, dimension: string, kpi: string, month?: string) =>
  call('GET /api/coaching/units/{unitId}/subject-kpi', {
    path: { unitId },
    query: { dimension: dimension as CompetencyDimension, kpi, ...(month ? { month } : {}) },
  })
