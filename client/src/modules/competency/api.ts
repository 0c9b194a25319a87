import { http } from '@/api/http'
import type {
  CompetencyTargetDto,
  CompetencyTargetInputDto,
  PersonCompetencyDto,
  UnitCompetencyDto,
} from '@/api/schema'

export type CompetencyDimension = CompetencyTargetDto['dimension']

export interface PersonRecordQuery {
  /** How many months of history; the server's default is 12. */
  months?: number
  /** YYYY-MM, the last month; the current month when absent. */
  month?: string
}

export interface UnitOverviewQuery {
  month?: string
  page: number
  pageSize: number
}

export const listCompetencyTargets = () => http.get<CompetencyTargetDto[]>('/competency/targets')
export const updateCompetencyTargets = (targets: CompetencyTargetInputDto[]) =>
  http.put<CompetencyTargetDto[]>('/competency/targets', { targets })

export const getPersonCompetency = (userId: string, query: PersonRecordQuery = {}) =>
  http.get<PersonCompetencyDto>(`/competency/people/${userId}`, { query: { ...query } })

export const getUnitCompetency = (unitId: string, query: UnitOverviewQuery) =>
  http.get<UnitCompetencyDto>(`/competency/units/${unitId}`, { query: { ...query } })

export const exportUnitCompetency = (unitId: string, month: string) =>
  http.get<Blob>(`/competency/units/${unitId}/export`, { query: { month }, responseType: 'blob' })
