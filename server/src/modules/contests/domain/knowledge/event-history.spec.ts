import { appendEvent, eventsOf, findLastEvent, hasEvent, type EventHistory } from './event-history';
import type { KnowledgeEvent } from './knowledge-events';

const paused = (n: number): KnowledgeEvent => ({ id: `e${n}`, at: n, type: 'paused' });

describe('event history', () => {
  it('keeps every event in order across its chunks, and leaves the earlier history as it was', () => {
    let history: EventHistory = [];
    for (let n = 0; n < 600; n++) history = appendEvent(history, paused(n));
    const before = history;
    const after = appendEvent(history, paused(600));
    expect(eventsOf(before).map((e) => e.at)).toEqual(Array.from({ length: 600 }, (_, n) => n));
    expect(eventsOf(after)).toHaveLength(601);
    expect(before.length).toBeGreaterThan(1);
  });

  it('finds an event by id and the latest that passes a test', () => {
    let history: EventHistory = [];
    for (let n = 0; n < 300; n++) history = appendEvent(history, paused(n));
    expect(hasEvent(history, 'e17')).toBe(true);
    expect(hasEvent(history, 'e300')).toBe(false);
    expect(findLastEvent(history, (e) => e.at < 260)?.id).toBe('e259');
    expect(findLastEvent(history, () => false)).toBeNull();
  });
});
