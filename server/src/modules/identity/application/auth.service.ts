import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../../../platform/http/domain-error';
import { throttleVerdict, DEFAULT_THROTTLE_POLICY } from '../domain/login-throttle';
import type { Principal } from '../domain/principal';
import { normaliseUsername } from '../domain/username';
import { LoginAttemptRepository } from '../persistence/login-attempt.repository';
import { RefreshTokenRepository } from '../persistence/refresh-token.repository';
import { UserRepository } from '../persistence/user.repository';
import type { UserEntity } from '../persistence/user.entity';
import { PasswordHasher } from './password-hasher';
import { hashRefreshToken, TokenService } from './token.service';

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; username: string; displayName: string; roles: string[] };
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly users: UserRepository,
    private readonly attempts: LoginAttemptRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  async login(rawUsername: string, password: string, ip: string): Promise<Session> {
    const username = normaliseUsername(rawUsername).slice(0, 64);
    const verdict = throttleVerdict(await this.attempts.recentFailures(username, ip, DEFAULT_THROTTLE_POLICY), new Date());
    if (!verdict.allowed) {
      this.logger.warn({ msg: 'login throttled', username, ip, reason: verdict.reason });
      throw new DomainError('throttled', `登录尝试次数过多，请在 ${verdict.retryAfterSeconds} 秒后再试`, undefined, verdict.retryAfterSeconds);
    }
    const user = await this.users.findByUsername(username);
    const ok = user ? await this.hasher.verify(user.passwordHash, password) : await this.hasher.verifyNothing(password);
    if (!user || !ok || user.disabled) {
      await this.attempts.record(username, ip, false);
      this.logger.warn({ msg: 'login denied', username, ip, reason: !user ? 'unknown user' : !ok ? 'wrong password' : 'disabled' });
      throw new DomainError('unauthenticated', user?.disabled && ok ? '该账号已停用，请联系管理员' : '用户名或密码错误');
    }
    await this.attempts.record(username, ip, true);
    this.logger.log({ msg: 'login', username, ip, userId: user.id });
    return this.openSession(user);
  }

  /** Rotates the refresh token: the old one stops working the moment a new one is handed out. */
  async refresh(refreshToken: string): Promise<Session> {
    const userId = await this.refreshTokens.revokeLive(hashRefreshToken(refreshToken));
    const user = userId ? await this.users.findById(userId) : null;
    if (!user || user.disabled) throw new DomainError('unauthenticated', '登录已过期，请重新登录');
    return this.openSession(user);
  }

  async logout(refreshToken: string): Promise<void> {
    await this.refreshTokens.revokeLive(hashRefreshToken(refreshToken));
  }

  private async openSession(user: UserEntity): Promise<Session> {
    const principal: Principal = { userId: user.id, username: user.username, roles: user.roles, unitId: user.unitId };
    const refresh = this.tokens.newRefreshToken();
    await this.refreshTokens.insert(user.id, refresh.hash, refresh.expiresAt);
    return {
      accessToken: this.tokens.issueAccessToken(principal),
      refreshToken: refresh.token,
      user: { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles },
    };
  }
}
