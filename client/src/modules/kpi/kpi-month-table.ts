import type { KpiDefinitionDto, KpiMonthDto } from '@/api/schema'
import { fallbackKind, kpiName, type KpiBetter, type KpiKind, type KpiStatus } from './kpi-values'
import type { KpiCode } from './api'

export interface KpiCell {
  month: string
  value: number | null
  target: number | null
  numerator: number | null
  denominator: number | null
  status: KpiStatus
}

export interface KpiRow {
  code: KpiCode
  name: string
  kind: KpiKind
  better: KpiBetter
  yearOnYear: boolean
  /** How to read the figure, in the reader's language (e.g. 总量使用偏少 is information only). */
  caption: string | null
  /** One per month, in the months' order (oldest first). */
  cells: KpiCell[]
}

/**
 * A person's KPIs as a table: one row per KPI in the definitions' order, one column per month.
 * A month that lacks a KPI (the server sends every one, but a report may be older) shows no data.
 */
export function kpiMonthRows(months: readonly KpiMonthDto[], definitions: readonly KpiDefinitionDto[], locale: string): KpiRow[] {
  const codes: KpiCode[] = definitions.length
    ? definitions.map((d) => d.code)
    : [...new Set(months.flatMap((m) => m.values.map((v) => v.kpi)))]
  const byCode = new Map(definitions.map((d) => [d.code, d]))
  return codes.map((code) => {
    const definition = byCode.get(code)
    return {
      code,
      name: definition ? kpiName(definition, locale) : code,
      kind: definition?.kind ?? fallbackKind(code),
      better: definition?.better ?? 'higher',
      yearOnYear: definition?.yearOnYear ?? false,
      caption: (locale.startsWith('zh') ? definition?.caption : definition?.captionEn) ?? null,
      cells: months.map((m) => {
        const value = m.values.find((v) => v.kpi === code)
        return {
          month: m.month,
          value: value?.value ?? null,
          target: value?.target ?? null,
          numerator: value?.numerator ?? null,
          denominator: value?.denominator ?? null,
          status: value?.status ?? 'no_data',
        }
      }),
    }
  })
}

/** True when any month holds any imported figure. */
export function hasKpiData(months: readonly KpiMonthDto[]): boolean {
  return months.some((m) => m.values.some((v) => v.status !== 'no_data') || m.forecast.brands.length > 0)
}

/** The months from the first one with any figure: a year of empty columns before it says nothing. */
export function fromFirstFigures(months: readonly KpiMonthDto[]): KpiMonthDto[] {
  const first = months.findIndex((m) => m.values.some((v) => v.status !== 'no_data') || m.forecast.brands.length > 0)
  return first < 0 ? [] : months.slice(first)
}
