import { Injectable, Logger } from '@nestjs/common';
import { DEFAULT_THROTTLE_POLICY, throttleVerdict, Throttled } from '../domain/login-throttle';
import { LoginAttemptRepository } from '../persistence/login-attempt.repository';
import type { UserEntity } from '../persistence/user.entity';
import { PasswordHasher } from './password-hasher';
import { IdentityErrors } from '../domain/identity-errors';

const throttled = (t: Throttled) => IdentityErrors['identity.login.throttled']({ seconds: t.retryAfterSeconds, retryAfterSeconds: t.retryAfterSeconds });

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
    const { verdict, attemptId } = await this.attempts.countAndRecord(username, ip, DEFAULT_THROTTLE_POLICY, (recent) => throttleVerdict(recent, new Date()));
    if (!verdict.allowed) {
      this.logger.warn({ msg: 'password attempt throttled', username, ip, reason: verdict.reason });
      throw throttled(verdict);
    }
    const ok = user ? await this.hasher.verify(user.passwordHash, password) : await this.hasher.verifyNothing(password);
    if (ok) {
      await this.attempts.markSucceeded(attemptId!);
      return true;
    }
    if (verdict.onFailure) {
      this.logger.warn({ msg: 'password attempt throttled', username, ip, reason: verdict.onFailure.reason });
      throw throttled(verdict.onFailure);
    }
    return false;
  }
}
