import { FrameBudget, parseClientMessage } from './live-protocol';

const ID = '0b5e7a4c-1f3d-4e2a-9c8b-7a6d5e4f3c2b';

describe('parseClientMessage', () => {
  it('reads the four messages a page sends', () => {
    expect(parseClientMessage('{"type":"auth","token":"aaa.bbb.ccc"}')).toEqual({
      ok: true,
      message: { type: 'auth', token: 'aaa.bbb.ccc' },
    });
    expect(parseClientMessage(JSON.stringify({ type: 'watch', topic: 'sitting', id: ID.toUpperCase() }))).toEqual({
      ok: true,
      message: { type: 'watch', topic: 'sitting', id: ID },
    });
    expect(parseClientMessage(JSON.stringify({ type: 'unwatch', topic: 'sitting', id: ID }))).toEqual({
      ok: true,
      message: { type: 'unwatch', topic: 'sitting', id: ID },
    });
    expect(parseClientMessage('{"type":"ping"}')).toEqual({ ok: true, message: { type: 'ping' } });
  });

  it.each([
    ['not JSON', '{type:watch', '不是有效的 JSON'],
    ['a JSON string', '"watch"', 'JSON 对象'],
    ['null', 'null', 'JSON 对象'],
    ['an array', '[{"type":"ping"}]', 'JSON 对象'],
    ['no type', '{"topic":"sitting"}', 'type:'],
    ['an unknown type', '{"type":"subscribeAll"}', 'type:'],
    ['a numeric type', '{"type":1}', 'type:'],
    ['an extra field', `{"type":"watch","topic":"sitting","id":"${ID}","admin":true}`, '不支持的字段：admin'],
    ['a __proto__ key', `{"type":"ping","__proto__":{"roles":["admin"]}}`, '不支持的字段：__proto__'],
    ['a topic with a path', `{"type":"watch","topic":"sitting:*","id":"${ID}"}`, 'topic:'],
    ['an id that is no UUID', '{"type":"watch","topic":"sitting","id":"*"}', 'id:'],
    ['an id that is an object', '{"type":"watch","topic":"sitting","id":{"$ne":null}}', 'id:'],
    ['a token that is no JWT', '{"type":"auth","token":"Bearer x"}', 'token:'],
    ['a 3 kB token', `{"type":"auth","token":"${'a'.repeat(3000)}.b.c"}`, 'token:'],
  ])('refuses %s with a reason', (_name, frame, reason) => {
    const parsed = parseClientMessage(frame);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(reason);
  });

  it('does not let a __proto__ key reach any object', () => {
    parseClientMessage('{"type":"ping","__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('FrameBudget', () => {
  it('allows a burst, then refills at the set rate', () => {
    const budget = new FrameBudget(3, 2, 0);
    expect([budget.take(0), budget.take(0), budget.take(0), budget.take(0)]).toEqual([true, true, true, false]);
    expect(budget.take(400)).toBe(false); // 0.8 of a frame back
    expect(budget.take(500)).toBe(true); // 1 frame after half a second at 2/s
    expect(budget.take(10_000)).toBe(true);
  });
});
