import { nestsDeeperThan } from './json-depth';

describe('JSON nesting depth', () => {
  it('counts objects and arrays together', () => {
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 3)).toBe(true);
  });

  it('stops a nesting bomb after the limit without reading the rest', () => {
    expect(nestsDeeperThan('['.repeat(1_000_000), 32)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan(JSON.stringify({ stem: '[[[[{{{{', note: 'a \\" [[[[ "' }), 1)).toBe(false);
  });

  it('sees depth again after siblings close', () => {
    expect(nestsDeeperThan('[[1],[2],[3]]', 2)).toBe(false);
  });
});
