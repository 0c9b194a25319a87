import type { CompetencyTargetDto, CompetencyTargetInputDto } from '@/api/schema'
import { useTargetsForm } from '@/composables/use-targets-form'
import { percentToRate, rateToPercent } from '@/modules/kpi/kpi-values'
import { listCompetencyTargets, updateCompetencyTargets, type CompetencyDimension } from '../api'

export interface CompetencyTargetRow {
  dimension: CompetencyDimension
  /** The form edits percentages (75), the server keeps shares (0.75). */
  input: number | null
  saved: number
  isDefault: boolean
}

export function competencyTargetRows(targets: readonly CompetencyTargetDto[]): CompetencyTargetRow[] {
  return targets.map((t) => ({
    dimension: t.dimension,
    input: rateToPercent(t.target),
    saved: rateToPercent(t.target) ?? 0,
    isDefault: t.isDefault,
  }))
}

/** Only changed dimensions are sent; an emptied field keeps its level (every dimension has a target). */
export function changedCompetencyTargets(rows: readonly CompetencyTargetRow[]): CompetencyTargetInputDto[] {
  return rows
    .filter((r) => r.input !== null && r.input !== r.saved)
    .map((r) => ({ dimension: r.dimension, target: Math.round((percentToRate(r.input) ?? 0) * 1000) / 1000 }))
}

/** The level expected per dimension; gaps in every record are measured against it. */
export function useCompetencyTargets() {
  return useTargetsForm({
    fetch: async () => competencyTargetRows(await listCompetencyTargets()),
    store: async (changes: CompetencyTargetInputDto[]) => competencyTargetRows(await updateCompetencyTargets(changes)),
    changesOf: changedCompetencyTargets,
  })
}
