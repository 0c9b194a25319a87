import type { KpiDefinitionDto, UnitKpiSummaryDto } from '@/api/schema'
import type { KpiCode } from './api'
import {
  fallbackKind,
  formatKpiTarget,
  formatKpiValue,
  formatRise,
  kpiName,
  statusTone,
  type KpiKind,
  type KpiStatus,
  type StatusTone,
} from './kpi-values'

export interface KpiCard {
  code: KpiCode
  name: string
  kind: KpiKind
  value: string
  /**
   * 'target': "≥ 60%"; 'lastYear': last year's same month (price per carton); 'noLastYear': that
   * month was not imported; 'none': no target set.
   */
  compare: 'target' | 'lastYear' | 'noLastYear' | 'none'
  compareText: string
  status: KpiStatus
  tone: StatusTone
  met: number
  reported: number
  /** How to read the figure (the definition's caption), in the reader's language. */
  caption: string | null
  /** 有效指导率: how many guidance cases the market managers verified, the rate's base. */
  verified: number | null
  /** 经营指导面 year to date: judged on the pace to a full-year target; `yearTarget` is that target ("≥ 60%"). */
  paced: boolean
  yearTarget: string | null
  /** 单条价: the rise the department requires on last year ("+¥5.00", "+3%"); null where any rise will do. */
  rise: string | null
}

/** A unit's month as one card per KPI, in the server's (the plan's) order. */
export function kpiCards(summaries: readonly UnitKpiSummaryDto[], definitions: readonly KpiDefinitionDto[], locale: string): KpiCard[] {
  const byCode = new Map(definitions.map((d) => [d.code, d]))
  return summaries.map((s) => {
    const definition = byCode.get(s.kpi)
    const kind = definition?.kind ?? fallbackKind(s.kpi)
    const yearOnYear = definition?.yearOnYear ?? false
    const compare = yearOnYear ? (s.target === null ? 'noLastYear' : 'lastYear') : s.target === null ? 'none' : 'target'
    return {
      code: s.kpi,
      name: definition ? kpiName(definition, locale) : s.kpi,
      kind,
      value: formatKpiValue(s.value, kind, locale),
      compare,
      compareText:
        compare === 'target'
          ? formatKpiTarget(s.target, kind, definition?.better ?? 'higher', locale)
          : formatKpiValue(s.target, kind, locale),
      status: s.status,
      tone: statusTone(s.status),
      met: s.met,
      reported: s.reported,
      caption: (locale.startsWith('zh') ? definition?.caption : definition?.captionEn) ?? null,
      verified: s.kpi === 'effective_guidance' ? s.denominator : null,
      rise: definition ? formatRise(definition, locale) : null,
      paced: definition?.paced ?? false,
      yearTarget: definition?.paced ? formatKpiTarget(definition.target, kind, definition.better, locale) : null,
    }
  })
}

/** True when no KPI of the month has a single imported figure: time to import, not to read. */
export function monthIsEmpty(summaries: readonly UnitKpiSummaryDto[]): boolean {
  return summaries.every((s) => s.status === 'no_data' || s.reported === 0)
}
