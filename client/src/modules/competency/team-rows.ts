import type { DimensionLevelDto, PersonKpiRowDto, PersonLevelsDto } from '@/api/schema'
import { personHasEvidence, weakestDimensions } from './levels'

export interface TeamPersonRow {
  userId: string
  username: string
  displayName: string
  unitName: string
  gaps: number
  /** False until any graded item reached the person's record: no gaps then means nothing known, not nothing missing. */
  assessed: boolean
  /** KPIs missed this month; null when none of the person's figures was imported. */
  missed: number | null
  weakest: DimensionLevelDto[]
}

/**
 * One row per person of the competency page, in the server's order (most gaps first), with the
 * month's missed KPIs joined in by person.
 */
export function teamRows(levels: readonly PersonLevelsDto[], kpiRows: readonly PersonKpiRowDto[]): TeamPersonRow[] {
  const kpisOf = new Map(kpiRows.map((row) => [row.userId, row]))
  return levels.map((person) => {
    const kpis = kpisOf.get(person.userId)
    const reported = kpis?.values.some((v) => v.status !== 'no_data') ?? false
    return {
      userId: person.userId,
      username: person.username,
      displayName: person.displayName,
      unitName: person.unitName,
      gaps: person.gaps,
      assessed: personHasEvidence(person.dimensions),
      missed: kpis && reported ? kpis.missed : null,
      weakest: weakestDimensions(person.dimensions),
    }
  })
}
