/** What the exam page reports about itself, for the trainer's timeline. */
export const ATTEMPT_EVENT_KINDS = ['hidden', 'visible', 'offline', 'online', 'unload'] as const;

export type AttemptEventKind = (typeof ATTEMPT_EVENT_KINDS)[number];

/**
 * Only leaving the exam for another page or app (切屏) counts towards a strict sitting's limit. A
 * reload, or the tab closed, is `unload`: the page goes away and comes back with the same attempt,
 * which shows nothing else to the candidate, so it is on the timeline and never submits anything.
 */
export function countsAsSwitch(kind: string): boolean {
  return kind === 'hidden';
}
