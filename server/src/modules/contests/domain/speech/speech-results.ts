import { finalResults, type FinalMethod, type SpeakerResult } from './final-score';
import { overrunPenalty, type OverrunRule } from './overrun';
import type { Sheet, SpeechState } from './speech-state';

/**
 * The results the room may see: locked speakers only (scores are blind until the host locks a
 * speaker), each with the overrun penalty of their recorded time. Normalisation, too, is over the
 * locked speakers, so a figure never rests on a score not yet revealed.
 */
export function lockedResults(
  state: SpeechState,
  speakerIds: readonly string[],
  method: FinalMethod,
  overrun: OverrunRule,
): SpeakerResult[] {
  return finalResults(
    method,
    speakerIds
      .filter((id) => state.locked.has(id))
      .map((speakerId) => ({
        speakerId,
        totals: [...(state.sheets.get(speakerId) ?? new Map<string, Sheet>()).entries()].map(([judgeId, sheet]) => ({
          judgeId,
          total: sheet.total,
        })),
        penalty: overrunPenalty(overrun, state.seconds.get(speakerId) ?? null),
      })),
  );
}
