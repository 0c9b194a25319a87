/** Failed logins counted inside one window, with the oldest one's time. */
export interface FailureWindow {
  count: number;
  oldest: Date | null;
}

export interface RecentFailures {
  /** This account from this address: the ordinary brute-force case. */
  accountFromAddress: FailureWindow;
  /** This account from any address: a distributed attack on one person. */
  account: FailureWindow;
  /** Any account from this address: password spraying. */
  address: FailureWindow;
}

export interface ThrottleRule {
  limit: number;
  windowSeconds: number;
}

export interface ThrottlePolicy {
  accountFromAddress: ThrottleRule;
  account: ThrottleRule;
  address: ThrottleRule;
  /**
   * While its address is over the address rule, an account is shut to that address after this many
   * failures from it (in the accountFromAddress window) instead of accountFromAddress.limit.
   */
  accountFromSprayingAddress: number;
  /**
   * A try whose password is still being checked is counted as a failure for this long at most; a
   * row still unsettled after that belongs to an instance that stopped mid-check.
   */
  inFlightSeconds: number;
}

/**
 * The account-wide rule has a short window on purpose: an attacker who knows a username can only
 * keep its real owner out for about a minute at a time, while the address rules stop the attacker.
 */
export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  accountFromAddress: { limit: 5, windowSeconds: 15 * 60 },
  account: { limit: 10, windowSeconds: 60 },
  address: { limit: 50, windowSeconds: 15 * 60 },
  accountFromSprayingAddress: 2,
  inFlightSeconds: 30,
};

export type ThrottleReason = 'accountFromAddress' | 'account' | 'address';

export interface Throttled {
  retryAfterSeconds: number;
  reason: ThrottleReason;
}

/**
 * `allowed: false`: the password is not even checked (the account is shut to this caller).
 * `allowed: true` with `onFailure`: the address is over its rule; the password is checked, so a
 * colleague behind the same address still gets in with theirs, but a wrong one answers 429.
 */
export type ThrottleVerdict = ({ allowed: false } & Throttled) | { allowed: true; onFailure?: Throttled };

export function throttleVerdict(recent: RecentFailures, now: Date, policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY): ThrottleVerdict {
  const wait = (window: FailureWindow, windowSeconds: number): number => {
    const freeAt = (window.oldest?.getTime() ?? now.getTime()) + windowSeconds * 1000;
    return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
  };
  const spraying = recent.address.count >= policy.address.limit;
  const pairLimit = spraying ? policy.accountFromSprayingAddress : policy.accountFromAddress.limit;
  let shut: Throttled | null = null;
  const consider = (reason: ThrottleReason, count: number, limit: number, window: FailureWindow, windowSeconds: number) => {
    if (count < limit) return;
    const retryAfterSeconds = wait(window, windowSeconds);
    if (!shut || retryAfterSeconds > shut.retryAfterSeconds) shut = { retryAfterSeconds, reason };
  };
  consider(
    'accountFromAddress',
    recent.accountFromAddress.count,
    pairLimit,
    recent.accountFromAddress,
    policy.accountFromAddress.windowSeconds,
  );
  consider('account', recent.account.count, policy.account.limit, recent.account, policy.account.windowSeconds);
  if (shut) return { allowed: false, ...(shut as Throttled) };
  if (spraying)
    return { allowed: true, onFailure: { retryAfterSeconds: wait(recent.address, policy.address.windowSeconds), reason: 'address' } };
  return { allowed: true };
}

/** The same windows twice: tries already judged, and those plus the ones whose password is being checked. */
export interface RecentTries {
  settled: RecentFailures;
  withInFlight: RecentFailures;
}

/** The tries in flight decide the verdict: wait until they are settled, then judge again. */
export type AttemptVerdict = ThrottleVerdict | ({ allowed: false; waitForInFlight: true } & Throttled);

/**
 * Simultaneous tries of one account are judged one after another, each counting the ones still in
 * flight as failures: fifteen wrong passwords at once get five checks. But when only the tries in
 * flight would shut the account, this one waits for them instead of being refused, so ten right
 * passwords at once (an office signing in, a double tap) all get in once the first ones succeed.
 */
export function attemptVerdict(recent: RecentTries, now: Date, policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY): AttemptVerdict {
  const pessimistic = throttleVerdict(recent.withInFlight, now, policy);
  if (pessimistic.allowed) return pessimistic;
  const settled = throttleVerdict(recent.settled, now, policy);
  if (!settled.allowed) return settled;
  return { allowed: false, waitForInFlight: true, retryAfterSeconds: pessimistic.retryAfterSeconds, reason: pessimistic.reason };
}
