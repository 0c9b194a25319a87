import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, createSecretKey, KeyObject, randomBytes } from 'node:crypto';
import { APP_CONFIG } from '../../../platform/config/config.module';
import type { AppConfig } from '../../../platform/config/app-config';
import type { Principal } from '../domain/principal';
import { isRole } from '../domain/role';
import { IdentityErrors } from '../domain/identity-errors';

export const TOKEN_ISSUER = 'kaoping';
export const TOKEN_AUDIENCE = 'kaoping-api';

interface AccessClaims {
  sub: string;
  usr: string;
  roles: string[];
  unit: string;
  /** The login (auth_session) this token belongs to. */
  sid: string;
  /** The user's token_version when it was issued. */
  ver: number;
}

/** A verified access token: who, and what the access guard checks against the database. */
export interface VerifiedAccess {
  principal: Principal;
  sessionId: string;
  tokenVersion: number;
  expiresAt: Date;
}

@Injectable()
export class TokenService {
  /**
   * A key object made once: given a string, jsonwebtoken first tries (and fails) to read it as a
   * public key on every verification, which cost a quarter of an autosave's CPU in the benchmark.
   */
  private readonly key: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  issueAccessToken(principal: Principal, session: { sessionId: string; tokenVersion: number }): string {
    const claims: AccessClaims = {
      sub: principal.userId,
      usr: principal.username,
      roles: principal.roles,
      unit: principal.unitId,
      sid: session.sessionId,
      ver: session.tokenVersion,
    };
    return this.jwt.sign(claims, {
      algorithm: 'HS256',
      expiresIn: this.config.accessTokenTtlSeconds,
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      secret: this.key as unknown as Buffer, // jsonwebtoken takes a KeyObject; the wrapper's type says only string | Buffer
    });
  }

  /** Signature and claims only; the access guard then checks the login is still live. */
  verifyAccessToken(token: string): VerifiedAccess {
    let claims: AccessClaims & { exp: number };
    try {
      claims = this.jwt.verify<AccessClaims & { exp: number }>(token, {
        algorithms: ['HS256'],
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        secret: this.key as unknown as Buffer, // jsonwebtoken takes a KeyObject; the wrapper's type says only string | Buffer
      });
    } catch {
      throw IdentityErrors['auth.tokenInvalid']();
    }
    if (
      typeof claims.sub !== 'string' ||
      typeof claims.unit !== 'string' ||
      typeof claims.sid !== 'string' ||
      !Number.isInteger(claims.ver) ||
      !Array.isArray(claims.roles) ||
      !claims.roles.every(isRole)
    ) {
      throw IdentityErrors['auth.tokenMalformed']();
    }
    return {
      principal: { userId: claims.sub, username: claims.usr, roles: claims.roles, unitId: claims.unit },
      sessionId: claims.sid,
      tokenVersion: claims.ver,
      expiresAt: new Date(claims.exp * 1000),
    };
  }

  newRefreshToken(): { token: string; hash: string; expiresAt: Date } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: hashRefreshToken(token), expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000) };
  }
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
