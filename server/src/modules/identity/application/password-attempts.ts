import { Injectable, Logger } from '@nestjs/common';
import { attemptVerdict, DEFAULT_THROTTLE_POLICY, Throttled } from '../domain/login-throttle';
import { LoginAttemptRepository } from '../persistence/login-attempt.repository';
import type { UserEntity } from '../persistence/user.entity';
import { PasswordHasher } from './password-hasher';
import { IdentityErrors } from '../domain/identity-errors';

/** How long a try waits, at most, for simultaneous tries of its account to be checked before it is judged. */
const IN_FLIGHT_WAIT_MS = 10_000;
const IN_FLIGHT_POLL_MS = 50;

const throttled = (t: Throttled) =>
  IdentityErrors['identity.login.throttled']({ seconds: t.retryAfterSeconds, retryAfterSeconds: t.retryAfterSeconds });

/**
 * Every guess at a password, at login or when changing one's own, goes through here: the try is
 * counted in the same atomic step that decides whether it may be made (login-attempt.repository.ts).
 */
@Injectable()
export class PasswordAttempts {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly attempts: LoginAttemptRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  /**
   * True when the password is the user's. Throws 429 when the account is shut to this caller, or
   * when a wrong password comes from an address over its failure limit.
   */
  async verify(username: string, ip: string, user: UserEntity | null, password: string): Promise<boolean> {
    const waitUntil = Date.now() + IN_FLIGHT_WAIT_MS;
    for (;;) {
      const { verdict, attemptId } = await this.attempts.countAndRecord(username, ip, DEFAULT_THROTTLE_POLICY, (recent) =>
        attemptVerdict(recent, new Date()),
      );
      if (verdict.allowed) return this.check(verdict.onFailure, attemptId!, username, ip, user, password);
      if (!('waitForInFlight' in verdict) || Date.now() >= waitUntil) {
        this.logger.warn({ msg: 'password attempt throttled', username, ip, reason: verdict.reason });
        throw throttled(verdict);
      }
      await new Promise((resolve) => setTimeout(resolve, IN_FLIGHT_POLL_MS));
    }
  }

  private async check(
    onFailure: Throttled | undefined,
    attemptId: string,
    username: string,
    ip: string,
    user: UserEntity | null,
    password: string,
  ): Promise<boolean> {
    let ok = false;
    try {
      ok = user ? await this.hasher.verify(user.passwordHash, password) : await this.hasher.verifyNothing(password);
    } finally {
      await this.attempts.settle(attemptId, ok);
    }
    if (ok) return true;
    if (onFailure) {
      this.logger.warn({ msg: 'password attempt throttled', username, ip, reason: onFailure.reason });
      throw throttled(onFailure);
    }
    return false;
  }
}
