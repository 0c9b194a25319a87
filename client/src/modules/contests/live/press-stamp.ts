import { toServerTime, type ClockEstimate } from './clock-sync'

/**
 * What a phone sends when the buzzer is pressed: the press in server time and what the server needs
 * to judge the estimate behind it (it decides itself whether to trust the stamp or fall back to the
 * arrival time less half the round trip).
 */
export interface PressStamp {
  /** null without any estimate yet: the server then ranks the press by its arrival */
  stampedAt: number | null
  rttMs: number
  samples: number
  spreadMs: number | null
}

export function stampPress(localPressMs: number, estimate: ClockEstimate | null): PressStamp {
  if (!estimate) return { stampedAt: null, rttMs: 0, samples: 0, spreadMs: null }
  return {
    stampedAt: Math.round(toServerTime(localPressMs, estimate)),
    rttMs: Math.round(estimate.rttMs),
    samples: estimate.samples,
    spreadMs: Math.round(estimate.spreadMs),
  }
}

/** Local time at which to show "open" so every phone shows it at the server's announced opening. */
export function localTimeOf(serverMs: number, estimate: ClockEstimate): number {
  return serverMs - estimate.offsetMs
}
