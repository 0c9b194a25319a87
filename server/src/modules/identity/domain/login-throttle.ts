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
}

/**
 * The account-wide rule has a short window on purpose: an attacker who knows a username can only
 * keep its real owner out for about a minute at a time, while the address rules stop the attacker.
 */
export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  accountFromAddress: { limit: 5, windowSeconds: 15 * 60 },
  account: { limit: 10, windowSeconds: 60 },
  address: { limit: 50, windowSeconds: 15 * 60 },
};

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: keyof ThrottlePolicy };

export function throttleVerdict(recent: RecentFailures, now: Date, policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY): ThrottleVerdict {
  let worst: ThrottleVerdict = { allowed: true };
  for (const reason of ['accountFromAddress', 'account', 'address'] as const) {
    const rule = policy[reason];
    const window = recent[reason];
    if (window.count < rule.limit || !window.oldest) continue;
    const freeAt = window.oldest.getTime() + rule.windowSeconds * 1000;
    const retryAfterSeconds = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
    if (worst.allowed || retryAfterSeconds > worst.retryAfterSeconds) worst = { allowed: false, retryAfterSeconds, reason };
  }
  return worst;
}
