import type { DimensionLevelDto, UnitDimensionDto } from '@/api/schema'
import type { StatusTone } from '@/modules/kpi/kpi-values'

export type LevelStatus = DimensionLevelDto['status']

export function levelTone(status: LevelStatus): StatusTone {
  switch (status) {
    case 'met':
      return 'success'
    case 'below':
      return 'danger'
    case 'insufficient':
    case 'no_evidence':
      return 'info'
  }
}

/** How a unit's pooled level compares with its target (the server pools, the client only compares). */
export function unitLevelStatus(dimension: Pick<UnitDimensionDto, 'level' | 'target'>): LevelStatus {
  if (dimension.level === null) return 'no_evidence'
  return dimension.level >= dimension.target ? 'met' : 'below'
}

/** The dimensions furthest below target, widest gap first (ties in the plan's order), at most `count`. */
export function weakestDimensions(dimensions: readonly DimensionLevelDto[], count = 3): DimensionLevelDto[] {
  return dimensions
    .map((d, index) => ({ d, index }))
    .filter(({ d }) => d.status === 'below')
    .sort((a, b) => (b.d.gap ?? 0) - (a.d.gap ?? 0) || a.index - b.index)
    .slice(0, count)
    .map(({ d }) => d)
}

/** True once any graded item has reached the person's record. */
export function personHasEvidence(dimensions: ReadonlyArray<Pick<DimensionLevelDto, 'items'>>): boolean {
  return dimensions.some((d) => d.items > 0)
}

/** True once anyone in the unit has a graded item. */
export function unitHasEvidence(dimensions: ReadonlyArray<Pick<UnitDimensionDto, 'assessed'>>): boolean {
  return dimensions.some((d) => d.assessed > 0)
}
