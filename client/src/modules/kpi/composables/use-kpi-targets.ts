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
}

/** The server's rates as the form shows them. */
const toInput = (kind: KpiKind, value: number | null) => (kind === 'share' ? rateToPercent(value) : value)
const toTarget = (kind: KpiKind, input: number | null) => (kind === 'share' ? percentToRate(input) : input)

export function targetRows(definitions: readonly KpiDefinitionDto[]): KpiTargetRow[] {
  return definitions.map((d) => ({
    code: d.code,
    definition: d,
    input: toInput(d.kind, d.target),
    saved: toInput(d.kind, d.target),
    planDefault: toInput(d.kind, d.defaultTarget),
  }))
}

/** Only what was changed is sent, so the audit log records what someone meant to change. */
export function changedTargets(rows: readonly KpiTargetRow[]): KpiTargetInputDto[] {
  return rows
    .filter((r) => !r.definition.yearOnYear && (r.input ?? null) !== r.saved)
    .map((r) => ({ kpi: r.code, target: toTarget(r.definition.kind, r.input ?? null) }))
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
  }

  const form = useTargetsForm({
    fetch: async () => show(await listKpiDefinitions()),
    store: async (changes: KpiTargetInputDto[]) => show(await updateKpiTargets(changes)),
    changesOf: changedTargets,
  })
  return { ...form, definitions, restoreDefault }
}
