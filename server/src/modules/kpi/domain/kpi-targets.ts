import type { Role } from '../../identity/domain/role';
import { ALL_KPIS, KPI_DEFINITIONS, type KpiCode, type KpiDefinition } from './kpi-definitions';
import type { KpiTargets } from './kpi-values';

export interface KpiDefinitionWithTarget extends Omit<KpiDefinition, 'yearOnYear' | 'caption'> {
  target: number | null;
  yearOnYear: boolean;
  caption: string | null;
  captionEn: string | null;
}

/** The definitions in order, each with the department's own target where one was set, else the plan's. */
export function definitionsWithTargets(overrides: ReadonlyMap<KpiCode, number | null>): KpiDefinitionWithTarget[] {
  return ALL_KPIS.map((code) => {
    const definition = KPI_DEFINITIONS[code];
    const { caption, ...rest } = definition;
    return { ...rest, target: overrides.has(code) ? overrides.get(code)! : definition.defaultTarget, yearOnYear: definition.yearOnYear === true, caption: caption?.zh ?? null, captionEn: caption?.en ?? null };
  });
}

export function targetsOf(definitions: readonly KpiDefinitionWithTarget[]): KpiTargets {
  return Object.fromEntries(definitions.map((d) => [d.code, d.target])) as KpiTargets;
}

/**
 * Targets are the department's: its head (a manager of a top unit, whose path has one segment)
 * or an admin sets them, not a service department's manager.
 */
export function maySetTargets(roles: readonly Role[], unitPath: string | null): boolean {
  if (roles.includes('admin')) return true;
  return roles.includes('manager') && unitPath !== null && unitPath.split('/').filter(Boolean).length === 1;
}

/** Why a target cannot be set for a KPI, or null when it can. */
export function targetProblem(code: KpiCode, target: number | null): string | null {
  const definition = KPI_DEFINITIONS[code];
  if (target === null) return null;
  if (definition.yearOnYear) return `${definition.name}与上年同月比较，不设固定目标`;
  if (definition.kind === 'share' && target > 1) return `${definition.name}是占比，目标须在 0 到 1 之间（例如 0.6 表示 60%）`;
  return null;
}
