import { attemptVerdict, DEFAULT_THROTTLE_POLICY, throttleVerdict, RecentFailures } from './login-throttle';

const now = new Date('2026-11-27T08:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);
const none = { count: 0, oldest: null };
const recent = (partial: Partial<RecentFailures>): RecentFailures => ({
  accountFromAddress: none,
  account: none,
  address: none,
  ...partial,
});

describe('login throttle', () => {
  it('allows a user with a few typos', () => {
    expect(throttleVerdict(recent({ accountFromAddress: { count: 4, oldest: ago(60) } }), now)).toEqual({ allowed: true });
  });

  it('blocks the fifth failure from one address until the 15-minute window passes', () => {
    expect(throttleVerdict(recent({ accountFromAddress: { count: 5, oldest: ago(300) } }), now)).toEqual({
      allowed: false,
      retryAfterSeconds: 600,
      reason: 'accountFromAddress',
    });
  });

  it('keeps an account-wide block short: at most a minute', () => {
    const verdict = throttleVerdict(recent({ account: { count: 30, oldest: ago(10) } }), now);
    expect(verdict).toEqual({ allowed: false, retryAfterSeconds: 50, reason: 'account' });
    expect(DEFAULT_THROTTLE_POLICY.account.windowSeconds).toBeLessThanOrEqual(60);
  });

  it('still checks the password of an account that has not failed from a spraying address, and answers a wrong one with a wait', () => {
    expect(throttleVerdict(recent({ address: { count: 50, oldest: ago(60) } }), now)).toEqual({
      allowed: true,
      onFailure: { retryAfterSeconds: 840, reason: 'address' },
    });
  });

  it('shuts an account to a spraying address after two of its failures from there', () => {
    const verdict = throttleVerdict(
      recent({ address: { count: 80, oldest: ago(60) }, accountFromAddress: { count: 2, oldest: ago(30) } }),
      now,
    );
    expect(verdict).toEqual({ allowed: false, retryAfterSeconds: 870, reason: 'accountFromAddress' });
  });

  it('reports the longest wait when several account rules trip', () => {
    const verdict = throttleVerdict(
      recent({ account: { count: 10, oldest: ago(30) }, accountFromAddress: { count: 5, oldest: ago(100) } }),
      now,
    );
    expect(verdict).toEqual({ allowed: false, retryAfterSeconds: 800, reason: 'accountFromAddress' });
  });
});

describe('login throttle with tries in flight', () => {
  const settled = recent({});
  it('lets a try through while the ones in flight leave room', () => {
    expect(attemptVerdict({ settled, withInFlight: recent({ accountFromAddress: { count: 4, oldest: ago(1) } }) }, now)).toEqual({
      allowed: true,
    });
  });

  it('waits for the tries in flight when only they would shut the account', () => {
    const verdict = attemptVerdict({ settled, withInFlight: recent({ accountFromAddress: { count: 5, oldest: ago(1) } }) }, now);
    expect(verdict).toMatchObject({ allowed: false, waitForInFlight: true });
  });

  it('refuses at once when the settled failures already shut the account', () => {
    const shut = recent({ accountFromAddress: { count: 5, oldest: ago(300) } });
    expect(attemptVerdict({ settled: shut, withInFlight: shut }, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 600,
      reason: 'accountFromAddress',
    });
  });
});
