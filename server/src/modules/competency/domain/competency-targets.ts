import type { Role } from '../../identity/domain/role';
import { COMPETENCY_DIMENSIONS, DEFAULT_TARGET_LEVEL, type CompetencyDimension } from './competency-dimensions';

export interface TargetLevel {
  dimension: CompetencyDimension;
  target: number;
  isDefault: boolean;
}

/** The level expected in every dimension, in the plan's order: the department's own, or the default. */
export function targetLevels(overrides: ReadonlyMap<string, number>): TargetLevel[] {
  return COMPETENCY_DIMENSIONS.map((dimension) => {
    const own = overrides.get(dimension);
    return own === undefined ? { dimension, target: DEFAULT_TARGET_LEVEL, isDefault: true } : { dimension, target: own, isDefault: false };
  });
}

export function targetOf(targets: TargetLevel[], dimension: string): number {
  return targets.find((t) => t.dimension === dimension)?.target ?? DEFAULT_TARGET_LEVEL;
}

/**
 * Targets are the department's expectation of everyone, so only its leadership sets them: an
 * admin, or a manager of a top unit (a path of one segment, '/deptId/').
 */
export function maySetTargets(roles: readonly Role[], ownUnitPath: string): boolean {
  if (roles.includes('admin')) return true;
  return roles.includes('manager') && ownUnitPath.split('/').filter(Boolean).length === 1;
}
