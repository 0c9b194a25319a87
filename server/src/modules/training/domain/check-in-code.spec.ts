import { codeFor, currentCode, verifyCode, windowOf } from './check-in-code';

const SECRET = 'test-secret';
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const t0 = new Date('2026-11-10T01:00:03Z');
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('the rotating check-in code', () => {
  it('is six digits, the same within a 10-second window, different in the next', () => {
    const now = currentCode(SECRET, A, t0);
    expect(now.code).toMatch(/^\d{6}$/);
    expect(currentCode(SECRET, A, later(5)).code).toBe(now.code);
    expect(currentCode(SECRET, A, later(7)).code).not.toBe(now.code);
    expect(now.expiresAt).toEqual(new Date('2026-11-10T01:00:10Z'));
  });

  it('points the QR at Kaoping’s own check-in page for the session, carrying the code', () => {
    const { code, qrText } = currentCode(SECRET, A, t0);
    expect(qrText).toBe(`/check-in/${A}?code=${code}`);
  });

  it('accepts the current and the previous window’s code', () => {
    const { code } = currentCode(SECRET, A, t0);
    expect(verifyCode(SECRET, A, code, t0)).toBe(true);
    expect(verifyCode(SECRET, A, code, later(10))).toBe(true);
  });

  it('refuses a code replayed two windows later', () => {
    const { code } = currentCode(SECRET, A, t0);
    expect(verifyCode(SECRET, A, code, later(17))).toBe(false);
    expect(verifyCode(SECRET, A, code, later(60))).toBe(false);
  });

  it('refuses another session’s code, a code signed with another secret, and a code from the future', () => {
    expect(verifyCode(SECRET, A, currentCode(SECRET, B, t0).code, t0)).toBe(false);
    expect(verifyCode(SECRET, A, currentCode('other-secret', A, t0).code, t0)).toBe(false);
    expect(verifyCode(SECRET, A, codeFor(SECRET, A, windowOf(t0) + 1), t0)).toBe(false);
    expect(verifyCode(SECRET, A, '12345', t0)).toBe(false);
  });
});
