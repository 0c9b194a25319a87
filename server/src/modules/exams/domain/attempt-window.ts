/**
 * Answers may still arrive this long after the deadline (network latency, a phone waking up). The
 * rule itself is applied on the database's clock, in one place: `TAKES_ANSWERS` in attempt.repository.ts.
 */
export const GRACE_SECONDS = 30;

export interface PersonalWindow {
  opensAt: Date;
  closesAt: Date;
  durationMinutes: number;
}

export interface OverrideLike {
  userId: string | null;
  unitId: string | null;
  opensAt: Date | null;
  closesAt: Date | null;
  extraMinutes: number;
}

/**
 * The window and duration that apply to one person: their own override wins over one for their
 * unit (the nearest unit first), which wins over the sitting's.
 */
export function personalWindow(sitting: PersonalWindow, overrides: OverrideLike[], userId: string, unitChain: string[]): PersonalWindow {
  const own = overrides.find((o) => o.userId === userId);
  const unit = unitChain.map((unitId) => overrides.find((o) => o.unitId === unitId)).find((o) => o !== undefined);
  const chosen = own ?? unit;
  if (!chosen) return sitting;
  return {
    opensAt: chosen.opensAt ?? sitting.opensAt,
    closesAt: chosen.closesAt ?? sitting.closesAt,
    durationMinutes: sitting.durationMinutes + chosen.extraMinutes,
  };
}

/** The server's deadline: min(start + duration, window close). */
export function attemptDeadline(startedAt: Date, window: PersonalWindow): Date {
  return new Date(Math.min(startedAt.getTime() + window.durationMinutes * 60_000, window.closesAt.getTime()));
}
