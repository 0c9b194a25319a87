import { call, download } from '@/api/operations'
import type { WeightInputDto } from '@/api/schema'

export type ReportFormat = 'xlsx' | 'pdf'

/** A unit subtree's month: each customer manager's weighted 考核 score and rank, the KPIs and the exams. */
export const getScorecard = (unitId: string, month: string) => call('GET /api/reports/scorecard', { query: { unitId, month } })

/** The 考核 weights of the unit's department (the plan's until it sets its own). */
export const getWeights = (unitId: string) => call('GET /api/reports/weights', { query: { unitId } })

/** The caller's own department's weights: its head or an admin; every item once, adding up to 100. */
export const replaceWeights = (weights: WeightInputDto[]) => call('PUT /api/reports/weights', { body: { weights } })

/** 月度考核报告 as XLSX or PDF, with the bytes received so far. */
export const downloadMonthlyAssessment = (
  unitId: string,
  month: string,
  format: ReportFormat,
  onProgress?: (received: number, total: number | null) => void,
) => download('GET /api/reports/monthly-assessment', { query: { unitId, month, format } }, { onProgress })
