import { COMPETENCY_DIMENSIONS, type CompetencyDimension } from '../../../platform/vocabulary/competency-dimensions';

/**
 * The record's dimensions are the plan's subjects, the same vocabulary trainers tag questions with.
 * The level a department expects when it has set none: three points in four.
 */
export { COMPETENCY_DIMENSIONS, type CompetencyDimension };
export const DEFAULT_TARGET_LEVEL = 0.75;

export function isCompetencyDimension(value: string): value is CompetencyDimension {
  return (COMPETENCY_DIMENSIONS as readonly string[]).includes(value);
}
