import type { Competitor, KnowledgeEvent } from './knowledge-events';
import { replay } from './knowledge-reducer';
import type { KnowledgeState } from './knowledge-state';

/** An event without its id and time, as a script writes it. */
export type EventBody = KnowledgeEvent extends infer E ? (E extends KnowledgeEvent ? Omit<E, 'id' | 'at'> : never) : never;

/** Three teams: A (players a1, a2), B (b1), C (c1). */
export const TEAMS: Competitor[] = [
  { id: 'A', name: '一队', members: ['a1', 'a2'] },
  { id: 'B', name: '二队', members: ['b1'] },
  { id: 'C', name: '三队', members: ['c1'] },
];

/**
 * Writes a contest's log for the specs and golden cases: events get ids e1, e2… and their server time
 * in ms from the contest's start (`T0`).
 */
export class EventScript {
  static readonly T0 = 1_800_000_000_000;
  readonly events: KnowledgeEvent[] = [];
  private count = 0;

  add(atMs: number, body: EventBody, id?: string): KnowledgeEvent {
    const event = { ...body, id: id ?? `e${++this.count}`, at: EventScript.T0 + atMs };
    this.events.push(event);
    return event;
  }

  state(): KnowledgeState {
    return replay(this.events);
  }
}

export const at = (ms: number) => EventScript.T0 + ms;
