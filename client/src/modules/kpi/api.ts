import { call, download, upload, type QueryParams } from '@/api/operations'
import type { KpiDefinitionDto, KpiImportKind, KpiTargetInputDto, ListedBrandDto } from '@/api/schema'
import { schemaValues } from '@/composables/schema-values'

export type KpiCode = KpiDefinitionDto['code']
export type { KpiImportKind }
export const KPI_IMPORT_KINDS = schemaValues<KpiImportKind>({ ratios: true, forecasts: true })

/** months: how many months back from `month` (the server's default is 12); month: YYYY-MM, the last shown (now when absent). */
export type KpiHistoryQuery = QueryParams<'GET /api/kpi/people/{userId}'>

export type KpiUnitQuery = QueryParams<'GET /api/kpi/units/{unitId}'> & { page: number; pageSize: number }

/** The largest page the server hands out (its pageSize maximum). */
export const MAX_PAGE_SIZE = 200

export const listKpiDefinitions = () => call('GET /api/kpi/definitions')
export const updateKpiTargets = (targets: KpiTargetInputDto[]) => call('PUT /api/kpi/targets', { body: { targets } })

export const downloadKpiTemplate = (kind: KpiImportKind) => download('GET /api/kpi/template', { query: { kind } })

/** dryRun checks the file and writes nothing; a 422 carries the wrong rows. */
export function importKpis(kind: KpiImportKind, file: File, dryRun: boolean, onProgress?: (percent: number) => void) {
  const form = new FormData()
  form.append('file', file)
  return upload('POST /api/kpi/imports', { query: { kind, dryRun: dryRun ? 'true' : 'false' }, form, onProgress })
}

export const getPersonKpis = (userId: string, query: KpiHistoryQuery = {}) =>
  call('GET /api/kpi/people/{userId}', { path: { userId }, query })

export const getUnitKpis = (unitId: string, query: KpiUnitQuery) => call('GET /api/kpi/units/{unitId}', { path: { unitId }, query })

export const exportUnitKpis = (unitId: string, month: string) =>
  download('GET /api/kpi/units/{unitId}/export', { path: { unitId }, query: { month } })

/** The department's national key brands and new brands for a year (预测准确率); everyone signed in reads it. */
export const getBrandList = (year: number) => call('GET /api/kpi/brand-lists', { query: { year } })

/** Replaces the year's list as a whole: the department's head or an admin. */
export const replaceBrandList = (year: number, brands: ListedBrandDto[]) => call('PUT /api/kpi/brand-lists', { body: { year, brands } })

/** A year's list from a workbook (品牌, 类别), replacing it as a whole; a 422 names the wrong rows. */
export function importBrandList(year: number, file: File, onProgress?: (percent: number) => void) {
  const form = new FormData()
  form.append('file', file)
  return upload('POST /api/kpi/brand-lists/import', { query: { year, dryRun: 'false' }, form, onProgress })
}

export const downloadBrandListTemplate = () => download('GET /api/kpi/brand-lists/template')
