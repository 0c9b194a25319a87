import type { OverrideDto, OverrideViewDto } from '@/api/schema'

/** One per-person or per-unit adjustment as the editor holds it. */
export interface OverrideDraft {
  uid: number
  target: 'person' | 'unit'
  userId: string
  unitId: string
  extraMinutes: number
  opensAt: Date | null
  closesAt: Date | null
}

let nextUid = 1

export function emptyOverride(): OverrideDraft {
  return { uid: nextUid++, target: 'person', userId: '', unitId: '', extraMinutes: 10, opensAt: null, closesAt: null }
}

export function overridesFromViews(views: readonly OverrideViewDto[]): OverrideDraft[] {
  return views.map((o) => ({
    uid: nextUid++,
    target: o.userId ? 'person' : 'unit',
    userId: o.userId ?? '',
    unitId: o.unitId ?? '',
    extraMinutes: o.extraMinutes,
    opensAt: o.opensAt ? new Date(o.opensAt) : null,
    closesAt: o.closesAt ? new Date(o.closesAt) : null,
  }))
}

/** The API shape: a person or a unit, never both; only what was set. */
export function overridesToDtos(drafts: readonly OverrideDraft[]): OverrideDto[] {
  return drafts.map((d) => ({
    ...(d.target === 'person' ? { userId: d.userId } : { unitId: d.unitId }),
    extraMinutes: d.extraMinutes,
    ...(d.opensAt && { opensAt: d.opensAt.toISOString() }),
    ...(d.closesAt && { closesAt: d.closesAt.toISOString() }),
  }))
}

export type OverrideProblem = { index: number; kind: 'targetRequired' | 'nothingChanged' | 'windowOrder' }

/** The first adjustment that cannot be saved as it is, so the editor can point at it. */
export function overrideProblem(drafts: readonly OverrideDraft[]): OverrideProblem | null {
  for (const [index, d] of drafts.entries()) {
    if (!(d.target === 'person' ? d.userId : d.unitId)) return { index, kind: 'targetRequired' }
    if (!d.extraMinutes && !d.opensAt && !d.closesAt) return { index, kind: 'nothingChanged' }
    if (d.opensAt && d.closesAt && d.closesAt <= d.opensAt) return { index, kind: 'windowOrder' }
  }
  return null
}
