import type { Role } from '../../identity/domain/role';
import { ALL_KPIS, KPI_DEFINITIONS, type KpiCode, type KpiDefinition } from './kpi-definitions';
import type { KpiSettings, KpiTargets } from './kpi-values';
import type { RiseUnit } from './status-rule';

export interface KpiDefinitionWithTarget extends Omit<
  KpiDefinition,
  'yearOnYear' | 'riseTarget' | 'paced' | 'informational' | 'caption' | 'aliases'
> {
  target: number | null;
  yearOnYear: boolean;
  riseTarget: boolean;
  /** For a rise target: yuan per carton or percent (the target a fraction); else null. */
  targetUnit: RiseUnit | null;
  /** The target is for the full year; each month is judged on the pace to it. */
  paced: boolean;
  informational: boolean;
  caption: string | null;
  captionEn: string | null;
}

/** A target the department set; unit only for a rise target. */
export interface TargetOverride {
  target: number | null;
  unit: RiseUnit | null;
}

/**
 * The definitions in order, each with the department's own target where one was set, else the
 * plan's. The plan asks price per carton to rise without naming an amount: by default any rise
 * above 0 元/条 (with volume at least last year's) is met.
 */
export function definitionsWithTargets(overrides: ReadonlyMap<KpiCode, TargetOverride>): KpiDefinitionWithTarget[] {
  return ALL_KPIS.map((code) => {
    const { caption, yearOnYear, riseTarget, paced, informational, aliases: _aliases, ...rest } = KPI_DEFINITIONS[code];
    const override = overrides.get(code);
    return {
      ...rest,
      target: override ? override.target : rest.defaultTarget,
      yearOnYear: yearOnYear === true,
      riseTarget: riseTarget === true,
      targetUnit: riseTarget ? (override?.unit ?? 'yuan') : null,
      paced: paced === true,
      informational: informational === true,
      caption: caption?.zh ?? null,
      captionEn: caption?.en ?? null,
    };
  });
}

export function targetsOf(definitions: readonly KpiDefinitionWithTarget[]): KpiTargets {
  return Object.fromEntries(definitions.map((d) => [d.code, d.target])) as KpiTargets;
}

export function settingsOf(definitions: readonly KpiDefinitionWithTarget[]): KpiSettings {
  return { targets: targetsOf(definitions), riseUnit: definitions.find((d) => d.riseTarget)?.targetUnit ?? 'yuan' };
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
export function targetProblem(code: KpiCode, target: number | null, unit: RiseUnit | null = null): string | null {
  const definition = KPI_DEFINITIONS[code];
  if (unit !== null && !definition.riseTarget) return `${definition.name}的目标没有单位（只有单条价的增幅可选 元/条 或 %）`;
  if (target === null) return null;
  if (definition.informational) return `${definition.name}仅供参考，工作计划不设目标`;
  if (definition.riseTarget)
    return unit === 'percent' && target > 1 ? `${definition.name}的增幅按比例填写，须在 0 到 1 之间（例如 0.03 表示 3%）` : null;
  if (definition.yearOnYear) return `${definition.name}与上年同月比较，不设固定目标`;
  if (definition.kind === 'share' && target > 1) return `${definition.name}是占比，目标须在 0 到 1 之间（例如 0.6 表示 60%）`;
  return null;
}
