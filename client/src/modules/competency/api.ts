import { call, download, type QueryParams } from '@/api/operations'
import type { CompetencyTargetDto, CompetencyTargetInputDto } from '@/api/schema'

export type CompetencyDimension = CompetencyTargetDto['dimension']

/** months: how many months of history (the server's default is 12); month: YYYY-MM, the last one (now when absent). */
export type PersonRecordQuery = QueryParams<'GET /api/competency/people/{userId}'>

export type UnitOverviewQuery = QueryParams<'GET /api/competency/units/{unitId}'> & { page: number; pageSize: number }

export const listCompetencyTargets = () => call('GET /api/competency/targets')
export const updateCompetencyTargets = (targets: CompetencyTargetInputDto[]) => call('PUT /api/competency/targets', { body: { targets } })

export const getPersonCompetency = (userId: string, query: PersonRecordQuery = {}) =>
  call('GET /api/competency/people/{userId}', { path: { userId }, query })

export const getUnitCompetency = (unitId: string, query: UnitOverviewQuery) =>
  call('GET /api/competency/units/{unitId}', { path: { unitId }, query })

export const exportUnitCompetency = (unitId: string, month: string) =>
  download('GET /api/competency/units/{unitId}/export', { path: { unitId }, query: { month } })
