import type { Role } from '../../identity/domain/role';
import { ALL_KPIS, KPI_DEFINITIONS, type KpiCode } from '../../kpi/domain/kpi-definitions';

/**
 * What a person's monthly 考核 score weighs: the month's exams and every KPI the plan assesses.
 * Informational figures (本月经营指导面, 使用偏少) carry no weight: the plan sets no bar for them,
 * and 使用偏少 must never count against a customer manager ("不得规定销量下限").
 */
export const EXAM_ITEM = 'exam';
export type ScoreItem = typeof EXAM_ITEM | KpiCode;
export const SCORE_ITEMS: readonly ScoreItem[] = [EXAM_ITEM, ...ALL_KPIS.filter((kpi) => !KPI_DEFINITIONS[kpi].informational)];

export type Weights = Record<ScoreItem, number>;

/**
 * The plan's emphasis as defaults (decisions §22): the monthly exams (每月培训考试) and the two guidance
 * figures the plan sets levels for (经营指导面 60, 有效指导 80 %) weigh most; forecasting (moved to key
 * brands) next; each other named item 5.
 */
export const PLAN_WEIGHTS: Weights = {
  exam: 20,
  guidance_coverage_ytd: 15,
  effective_guidance: 15,
  forecast_accuracy: 10,
  awareness: 5,
  self_reported_orders: 5,
  push_coverage: 5,
  quota_exhausted: 5,
  month_start_surge: 5,
  personal_service: 5,
  price_per_carton: 5,
  sales_volume: 5,
} as Weights;

/** The department's weights where it set them, the plan's for the rest. */
export function weightsWith(stored: ReadonlyMap<string, number>): Weights {
  return Object.fromEntries(SCORE_ITEMS.map((item) => [item, stored.get(item) ?? PLAN_WEIGHTS[item]])) as Weights;
}

/**
 * Why a set of weights cannot be saved, or null. Whole numbers 0–100, one per item, adding up to
 * exactly 100: a department that means 40 % for the exams should see 40, so weights are refused
 * rather than silently rescaled.
 */
export function weightsProblem(input: ReadonlyArray<{ item: string; weight: number }>): string | null {
  const seen = new Set<string>();
  for (const { item, weight } of input) {
    if (!(SCORE_ITEMS as readonly string[]).includes(item)) {
      const kpi = KPI_DEFINITIONS[item as KpiCode];
      return kpi?.informational ? `「${kpi.name}」仅供参考，不计入考核，不能设置权重` : `未知的考核项：${item}`;
    }
    if (seen.has(item)) return `考核项「${itemName(item as ScoreItem)}」出现了两次`;
    seen.add(item);
    if (!Number.isInteger(weight) || weight < 0 || weight > 100) return `「${itemName(item as ScoreItem)}」的权重须为 0–100 的整数`;
  }
  const missing = SCORE_ITEMS.filter((item) => !seen.has(item));
  if (missing.length) return `缺少考核项：${missing.map(itemName).join('、')}`;
  const sum = input.reduce((total, w) => total + w.weight, 0);
  if (sum !== 100) return `各项权重之和须为 100，现为 ${sum}`;
  return null;
}

export function itemName(item: ScoreItem): string {
  return item === EXAM_ITEM ? '月度考试' : KPI_DEFINITIONS[item].name;
}

export function itemNameEn(item: ScoreItem): string {
  return item === EXAM_ITEM ? 'Monthly exams' : KPI_DEFINITIONS[item].nameEn;
}

/** A department's weights are kept by its head (a manager of the top unit) or an admin, as its targets are. */
export function mayEditWeights(roles: readonly Role[], ownUnitPath: string, departmentPath: string): boolean {
  if (roles.includes('admin')) return true;
  return roles.includes('manager') && ownUnitPath === departmentPath;
}

/** The department a unit belongs to: the top of its tree ('/rootId/childId/' → '/rootId/'). */
export function departmentPathOf(unitPath: string): string {
  const root = unitPath.split('/').filter(Boolean)[0];
  return root ? `/${root}/` : unitPath;
}
