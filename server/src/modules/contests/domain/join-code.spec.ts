import { JOIN_CODE_ALPHABET, joinCode } from './join-code';

describe('a contest’s join code', () => {
  it('is six characters a phone keyboard and a projector cannot confuse', () => {
    let i = 0;
    const code = joinCode((n) => i++ % n);
    expect(code).toBe('234567');
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(joinCode((n) => n - 1)).toBe('ZZZZZZ');
  });
});
