import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { passwordProblems } from '../domain/password-policy';
import { DEMO_PASSWORD } from '../domain/demo-password';
import type { Principal } from '../domain/principal';
import { normaliseUsername } from '../domain/username';
import { AuthSessionRepository } from '../persistence/auth-session.repository';
import { RefreshTokenRepository } from '../persistence/refresh-token.repository';
import { UserRepository } from '../persistence/user.repository';
import { UserEntity } from '../persistence/user.entity';
import { LoginRevocations } from './login-revocations';
import { PasswordHasher } from './password-hasher';
import { PasswordAttempts } from './password-attempts';
import { hashRefreshToken, TokenService } from './token.service';
import { IdentityErrors } from '../domain/identity-errors';

export interface Session {
  accessToken: string;
  /** Goes to the client only as an httpOnly cookie (http/refresh-cookie.ts). */
  refreshToken: string;
  user: { id: string; username: string; displayName: string; roles: string[]; mustChangePassword: boolean };
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('auth');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly sessions: AuthSessionRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly passwords: PasswordAttempts,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly revocations: LoginRevocations,
  ) {}

  async login(rawUsername: string, password: string, ip: string): Promise<Session> {
    const username = normaliseUsername(rawUsername).slice(0, 64);
    const user = await this.users.findByUsername(username);
    const ok = await this.passwords.verify(username, ip, user, password);
    if (!user || !ok || user.disabled) {
      this.logger.warn({ msg: 'login denied', username, ip, reason: !user ? 'unknown user' : !ok ? 'wrong password' : 'disabled' });
      throw user?.disabled && ok ? IdentityErrors['identity.login.accountDisabled']() : IdentityErrors['identity.login.wrongCredentials']();
    }
    if (!user.demo && password === DEMO_PASSWORD) {
      // the demo password is published: on a real account it proves nothing about who is typing it
      this.logger.warn({ msg: 'login denied', username, ip, reason: 'demo password on a real account' });
      throw IdentityErrors['identity.login.demoPassword']();
    }
    this.logger.log({ msg: 'login', username, ip, userId: user.id });
    return this.openSession(user);
  }

  /**
   * Rotates the refresh token: the old one stops working the moment a new one is handed out. A token
   * used a second time was copied: the whole login it belongs to ends, access tokens included.
   */
  async refresh(refreshToken: string | null): Promise<Session> {
    if (!refreshToken) throw IdentityErrors['auth.sessionOver']();
    const rotation = await this.refreshTokens.rotate(hashRefreshToken(refreshToken));
    if (rotation.kind === 'replayed') {
      await this.sessions.revoke(rotation.sessionId);
      this.revocations.announce({ sessionId: rotation.sessionId });
      this.logger.warn({ msg: 'refresh token replayed; login revoked', sessionId: rotation.sessionId });
    }
    if (rotation.kind !== 'rotated') throw IdentityErrors['auth.sessionOver']();
    const user = await this.users.findById(rotation.userId);
    if (!user || user.disabled) throw IdentityErrors['auth.sessionOver']();
    return this.continueSession(user, rotation.sessionId);
  }

  async logout(refreshToken: string | null): Promise<void> {
    const sessionId = refreshToken ? await this.refreshTokens.sessionOf(hashRefreshToken(refreshToken)) : null;
    if (!sessionId) return;
    await this.sessions.revoke(sessionId);
    this.revocations.announce({ sessionId });
  }

  /**
   * Guesses at the current password are limited like logins. Every login of the user ends (a thief
   * holding one is out) and the caller gets a new one, which is also how a first login's forced change
   * continues into the application.
   */
  async changeOwnPassword(principal: Principal, currentPassword: string, newPassword: string, ip: string): Promise<Session> {
    const user = await this.users.findById(principal.userId);
    if (!user || user.disabled) throw IdentityErrors['auth.sessionOver']();
    if (!(await this.passwords.verify(user.username, ip, user, currentPassword))) throw IdentityErrors['identity.password.currentWrong']();
    if (newPassword === currentPassword) throw IdentityErrors['identity.password.unchanged']({ details: { field: 'newPassword' } });
    const problems = passwordProblems(newPassword, user.username);
    if (problems.length)
      throw IdentityErrors['identity.password.weak']({ problems: problems.join('；'), details: { field: 'password', problems } });
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash, mustChangePassword: false });
      await this.sessions.revokeAllFor(user.id, manager);
    });
    this.revocations.announce({ userId: user.id });
    this.logger.log({ msg: 'password changed', userId: user.id, ip });
    return this.openSession({ ...user, passwordHash, mustChangePassword: false });
  }

  /** A new login for this user: its own refresh-token family. */
  async openSession(user: UserEntity): Promise<Session> {
    const sessionId = await this.sessions.open(user.id);
    return this.continueSession(user, sessionId);
  }

  private async continueSession(user: UserEntity, sessionId: string): Promise<Session> {
    const principal: Principal = { userId: user.id, username: user.username, roles: user.roles, unitId: user.unitId };
    const refresh = this.tokens.newRefreshToken();
    await this.refreshTokens.insert(user.id, sessionId, refresh.hash, refresh.expiresAt);
    return {
      accessToken: this.tokens.issueAccessToken(principal, { sessionId, tokenVersion: user.tokenVersion }),
      refreshToken: refresh.token,
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        roles: user.roles,
        mustChangePassword: user.mustChangePassword,
      },
    };
  }
}
