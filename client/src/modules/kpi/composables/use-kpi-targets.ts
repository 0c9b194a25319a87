import { ref } from 'vue'
import type { KpiDefinitionDto, KpiTargetInputDto } from '@/api/schema'
import { useTargetsForm } from '@/composables/use-targets-form'
import { listKpiDefinitions, updateKpiTargets, type KpiCode } from '../api'
import { percentToRate, rateToPercent, type KpiKind } from '../kpi-values'

export interface KpiTargetRow {
  code: KpiCode
  /** Names, formula, kind; `yearOnYear` ones are judged against last year's month and have no target to set. */
  definition: KpiDefinitionDto
  /** What the form edits: a percentage for shares, yuan for amounts; null for no target. */
  input: number | null
  saved: number | null
  planDefault: number | null
  /** A rise target (price per carton): 元/条 or %, as the department chose; null for other KPIs. */
  unit: RiseUnit | null
  savedUnit: RiseUnit | null
}

export type RiseUnit = NonNullable<KpiDefinitionDto['targetUnit']>

/** True where the form edits a target: fixed targets, and price per carton's rise; not last-year or information-only KPIs. */
export const editable = (d: KpiDefinitionDto) => d.riseTarget || (!d.yearOnYear && !d.informational)

/** The server's rates as the form shows them: shares and a percent rise as percentages. */
const asPercent = (kind: KpiKind, unit: RiseUnit | null) => kind === 'share' || unit === 'percent'
const toInput = (kind: KpiKind, value: number | null, unit: RiseUnit | null = null) =>
  asPercent(kind, unit) ? rateToPercent(value) : value
const toTarget = (kind: KpiKind, input: number | null, unit: RiseUnit | null = null) =>
  asPercent(kind, unit) ? percentToRate(input) : input

export function targetRows(definitions: readonly KpiDefinitionDto[]): KpiTargetRow[] {
  return definitions.map((d) => ({
    code: d.code,
    definition: d,
    input: toInput(d.kind, d.target, d.targetUnit),
    saved: toInput(d.kind, d.target, d.targetUnit),
    planDefault: toInput(d.kind, d.defaultTarget),
    unit: d.targetUnit,
    savedUnit: d.targetUnit,
  }))
}

/** Only what was changed is sent, so the audit log records what someone meant to change. */
export function changedTargets(rows: readonly KpiTargetRow[]): KpiTargetInputDto[] {
  return rows
    .filter((r) => editable(r.definition) && ((r.input ?? null) !== r.saved || r.unit !== r.savedUnit))
    .map((r) => {
      const target = toTarget(r.definition.kind, r.input ?? null, r.unit)
      return r.unit ? { kpi: r.code, target, unit: r.unit } : { kpi: r.code, target }
    })
}

/** The department's KPI targets: the plan's defaults until leadership sets its own. */
export function useKpiTargets() {
  const definitions = ref<KpiDefinitionDto[]>([])

  function show(list: KpiDefinitionDto[]): KpiTargetRow[] {
    definitions.value = list
    return targetRows(list)
  }

  function restoreDefault(row: KpiTargetRow): void {
    row.input = row.planDefault
    if (row.definition.riseTarget) row.unit = 'yuan'
  }

  const form = useTargetsForm({
    fetch: async () => show(await listKpiDefinitions()),
    store: async (changes: KpiTargetInputDto[]) => show(await updateKpiTargets(changes)),
    changesOf: changedTargets,
  })
  return { ...form, definitions, restoreDefault }
}
