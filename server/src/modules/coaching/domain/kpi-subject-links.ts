import type { CompetencyDimension } from '../../../platform/vocabulary/competency-dimensions';

/**
 * The subject whose practice a KPI below target points to, after the plan: guidance and price are
 * business the customer manager does (日常业务, 营销知识), forecasts need market analysis, the
 * ordering KPIs the supply policy, the push channel the V3 system, personal service etiquette.
 * A KPI not listed (one the kpi module adds later) suggests no subject, only a talk.
 */
export const KPI_SUBJECT: Readonly<Record<string, CompetencyDimension>> = {
  guidance_coverage: '日常业务',
  guidance_coverage_ytd: '日常业务',
  effective_guidance: '日常业务',
  awareness: '供货政策',
  self_reported_orders: '供货政策',
  push_coverage: 'V3系统操作',
  quota_exhausted: '供货政策',
  month_start_surge: '供货政策',
  personal_service: '社交礼仪与沟通',
  price_per_carton: '营销知识',
  sales_volume: '营销知识',
  forecast_accuracy: '市场分析与预测',
};

export function subjectOfKpi(kpi: string): CompetencyDimension | null {
  return KPI_SUBJECT[kpi] ?? null;
}
