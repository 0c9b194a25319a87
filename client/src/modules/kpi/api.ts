import { http } from '@/api/http'
import type {
  BrandListDto,
  KpiDefinitionDto,
  KpiImportReportDto,
  KpiTargetInputDto,
  ListedBrandDto,
  PersonKpisDto,
  UnitKpisDto,
} from '@/api/schema'

export type KpiCode = KpiDefinitionDto['code']
export type KpiImportKind = 'ratios' | 'forecasts'
export const KPI_IMPORT_KINDS: readonly KpiImportKind[] = ['ratios', 'forecasts']

export interface KpiHistoryQuery {
  /** How many months back from `month`; the server's default is 12. */
  months?: number
  /** YYYY-MM, the last month shown; the current month when absent. */
  month?: string
}

export interface KpiUnitQuery {
  month?: string
  page: number
  pageSize: number
}

/** The largest page the server hands out (its pageSize maximum). */
export const MAX_PAGE_SIZE = 200

export const listKpiDefinitions = () => http.get<KpiDefinitionDto[]>('/kpi/definitions')
export const updateKpiTargets = (targets: KpiTargetInputDto[]) => http.put<KpiDefinitionDto[]>('/kpi/targets', { targets })

export const downloadKpiTemplate = (kind: KpiImportKind) =>
  http.get<Blob>('/kpi/template', { query: { kind }, responseType: 'blob' })

/** dryRun checks the file and writes nothing; a 422 carries the wrong rows. */
export function importKpis(kind: KpiImportKind, file: File, dryRun: boolean, onProgress?: (percent: number) => void) {
  const form = new FormData()
  form.append('file', file)
  return http.upload<KpiImportReportDto>('/kpi/imports', form, { query: { kind, dryRun }, onProgress })
}

export const getPersonKpis = (userId: string, query: KpiHistoryQuery = {}) =>
  http.get<PersonKpisDto>(`/kpi/people/${userId}`, { query: { ...query } })

export const getUnitKpis = (unitId: string, query: KpiUnitQuery) =>
  http.get<UnitKpisDto>(`/kpi/units/${unitId}`, { query: { ...query } })

export const exportUnitKpis = (unitId: string, month: string) =>
  http.get<Blob>(`/kpi/units/${unitId}/export`, { query: { month }, responseType: 'blob' })

/** The department's national key brands and new brands for a year (预测准确率); everyone signed in reads it. */
export const getBrandList = (year: number) => http.get<BrandListDto>('/kpi/brand-lists', { query: { year } })

/** Replaces the year's list as a whole: the department's head or an admin. */
export const replaceBrandList = (year: number, brands: ListedBrandDto[]) => http.put<BrandListDto>('/kpi/brand-lists', { year, brands })
