import { createHmac, timingSafeEqual } from 'node:crypto';

/** Each code is valid for its 10-second window and the one after (a scan a moment before it changes still counts). */
export const CODE_WINDOW_MS = 10_000;
const CODE_DIGITS = 6;

export interface CheckInCode {
  code: string;
  /** The path of Kaoping's own check-in page; the QR carries it, so scanning opens the app already signed in. */
  qrText: string;
  expiresAt: Date;
}

/**
 * A short numeric code, the server's HMAC over (session, window). It cannot be derived without the
 * secret, names its session (another session's code is refused) and its window (a code relayed
 * two windows later is refused).
 */
export function codeFor(secret: string, sessionId: string, windowIndex: number): string {
  const digest = createHmac('sha256', secret).update(`training-check-in:${sessionId}:${windowIndex}`).digest();
  return String(digest.readUInt32BE(0) % 10 ** CODE_DIGITS).padStart(CODE_DIGITS, '0');
}

export function windowOf(now: Date): number {
  return Math.floor(now.getTime() / CODE_WINDOW_MS);
}

export function currentCode(secret: string, sessionId: string, now: Date): CheckInCode {
  const w = windowOf(now);
  const code = codeFor(secret, sessionId, w);
  return {
    code,
    qrText: `/check-in/${sessionId}?code=${code}`,
    expiresAt: new Date((w + 1) * CODE_WINDOW_MS),
  };
}

/** The current and the previous window's codes are accepted; nothing older, nothing from another session. */
export function verifyCode(secret: string, sessionId: string, code: string, now: Date): boolean {
  const w = windowOf(now);
  const given = Buffer.from(code);
  return [w, w - 1].some((window) => {
    const expected = Buffer.from(codeFor(secret, sessionId, window));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}
