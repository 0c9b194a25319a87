import type { KpiDefinitionDto, KpiValueDto } from '@/api/schema'

export type KpiStatus = KpiValueDto['status']
export type KpiKind = KpiDefinitionDto['kind']
export type KpiBetter = KpiDefinitionDto['better']
/** Element Plus tag and alert types. */
export type StatusTone = 'success' | 'danger' | 'info'

/** Without the definitions (they failed to load) the figures must still read right. */
export const fallbackKind = (code: string): KpiKind =>
  code === 'price_per_carton' ? 'amount' : code === 'sales_volume' ? 'count' : 'share'

/** What the app shows where there is no figure. */
export const NO_VALUE = '—'

/** 0.625 → "62.5%": one decimal at most, as the plan writes its targets (60 %, 80 %). */
export function formatPercent(rate: number | null | undefined, locale = 'zh-CN'): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return NO_VALUE
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate)
}

/** Price per carton in yuan, always with fen: 182.4 → "¥182.40". */
export function formatYuan(amount: number | null | undefined, locale = 'zh-CN'): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return NO_VALUE
  return `¥${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount)}`
}

/** A quantity such as cartons, whole: 12345 → "12,345". */
export function formatCount(count: number | null | undefined, locale = 'zh-CN'): string {
  if (count === null || count === undefined || !Number.isFinite(count)) return NO_VALUE
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(count)
}

/** A KPI figure as its kind reads: shares as percentages, amounts in yuan, counts whole. */
export function formatKpiValue(value: number | null | undefined, kind: KpiKind, locale = 'zh-CN'): string {
  switch (kind) {
    case 'share':
      return formatPercent(value, locale)
    case 'amount':
      return formatYuan(value, locale)
    case 'count':
      return formatCount(value, locale)
  }
}

/** The rise price per carton must make on last year: "+¥5.00" or "+3%"; null where any rise will do. */
export function formatRise(definition: Pick<KpiDefinitionDto, 'riseTarget' | 'target' | 'targetUnit'>, locale = 'zh-CN'): string | null {
  if (!definition.riseTarget || !definition.target) return null
  return `+${definition.targetUnit === 'percent' ? formatPercent(definition.target, locale) : formatYuan(definition.target, locale)}`
}

/** "≥ 60%" for KPIs where more is better, "≤ 5%" for the quota shares the plan wants fewer of. */
export function formatKpiTarget(target: number | null | undefined, kind: KpiKind, better: KpiBetter, locale = 'zh-CN'): string {
  if (target === null || target === undefined) return NO_VALUE
  return `${better === 'higher' ? '≥' : '≤'} ${formatKpiValue(target, kind, locale)}`
}

/** The colour a status is shown in: green met, red missed, grey when there is nothing to judge or it is information only. */
export function statusTone(status: KpiStatus): StatusTone {
  switch (status) {
    case 'met':
      return 'success'
    case 'missed':
      return 'danger'
    case 'info':
    case 'no_target':
    case 'no_data':
      return 'info'
  }
}

/** Shares are edited as percentages (60) and sent as rates (0.6); the server keeps four decimals. */
export function rateToPercent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 10000) / 100
}

export function percentToRate(percent: number | null): number | null {
  return percent === null ? null : Math.round(percent * 100) / 10000
}

/** The definition's name in the reader's language. */
export function kpiName(definition: Pick<KpiDefinitionDto, 'name' | 'nameEn'>, locale: string): string {
  return locale.startsWith('zh') ? definition.name : definition.nameEn
}
