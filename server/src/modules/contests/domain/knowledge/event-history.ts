import type { KnowledgeEvent } from './knowledge-events';

/**
 * The accepted events, in chunks: appending copies the last chunk and the list of chunks, not the whole
 * history, so a fold over ten thousand presses stays linear enough (plain arrays, so a state can be cached as JSON).
 */
export type EventHistory = readonly (readonly KnowledgeEvent[])[];

const CHUNK = 256;

export function appendEvent(history: EventHistory, event: KnowledgeEvent): EventHistory {
  const last = history.at(-1);
  if (!last || last.length >= CHUNK) return [...history, [event]];
  return [...history.slice(0, -1), [...last, event]];
}

export function eventsOf(history: EventHistory): KnowledgeEvent[] {
  return history.flat();
}

export function hasEvent(history: EventHistory, id: string): boolean {
  // newest first: a resent event is usually a recent one
  for (let c = history.length - 1; c >= 0; c--) {
    const chunk = history[c];
    for (let i = chunk.length - 1; i >= 0; i--) if (chunk[i].id === id) return true;
  }
  return false;
}

/** The latest event that passes the test. */
export function findLastEvent(history: EventHistory, test: (e: KnowledgeEvent) => boolean): KnowledgeEvent | null {
  for (let c = history.length - 1; c >= 0; c--) {
    const chunk = history[c];
    for (let i = chunk.length - 1; i >= 0; i--) if (test(chunk[i])) return chunk[i];
  }
  return null;
}
