/** What the calendar needs of an exam sitting, as the exams module lists it. */
export interface CalendarSitting {
  id: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  ownerUnitId: string;
  makeupOf: string | null;
  assignees: Array<{ unitId: string | null }>;
}

/**
 * A sitting is on a unit's calendar when it is set by, or assigned through, the unit or a unit above
 * it (the ids along its materialised path '/root/…/unit/').
 */
export function sittingConcernsUnit(sitting: CalendarSitting, unitPath: string): boolean {
  const line = new Set(unitPath.split('/').filter(Boolean));
  return line.has(sitting.ownerUnitId) || sitting.assignees.some((a) => a.unitId !== null && line.has(a.unitId));
}
