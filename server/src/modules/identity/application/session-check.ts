import { Injectable } from '@nestjs/common';
import { IdentityErrors } from '../domain/identity-errors';
import type { Principal } from '../domain/principal';
import { AuthSessionRepository } from '../persistence/auth-session.repository';
import { TokenService } from './token.service';

export interface CheckedAccess {
  principal: Principal;
  sessionId: string;
  expiresAt: Date;
  mustChangePassword: boolean;
}

/**
 * An access token is good while its signature holds and its login is live: not revoked, the user not
 * disabled, and `token_version` unchanged since it was issued (one read by primary key).
 */
@Injectable()
export class SessionCheck {
  constructor(
    private readonly tokens: TokenService,
    private readonly sessions: AuthSessionRepository,
  ) {}

  async verify(token: string): Promise<CheckedAccess> {
    const { principal, sessionId, tokenVersion, expiresAt } = this.tokens.verifyAccessToken(token);
    const access = await this.sessions.liveAccess(sessionId);
    if (!access || access.userId !== principal.userId || access.disabled || access.tokenVersion !== tokenVersion) {
      throw IdentityErrors['auth.tokenExpired']();
    }
    return { principal, sessionId, expiresAt, mustChangePassword: access.mustChangePassword };
  }
}
