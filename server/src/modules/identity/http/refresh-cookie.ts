import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG } from '../../../platform/config/config.module';
import type { AppConfig } from '../../../platform/config/app-config';
import type { Session } from '../application/auth.service';
import type { LoginResponseDto } from './dto/auth.dto';

export const REFRESH_COOKIE = 'kp_refresh';
/** Sent only to the refresh and logout routes, never with the other requests. */
export const REFRESH_COOKIE_PATH = '/api/auth';

/**
 * The refresh token lives in a cookie page scripts cannot read (httpOnly), that no other site's page
 * can make the browser send (SameSite=Strict), sent only over HTTPS when the API is reached by it.
 */
@Injectable()
export class RefreshCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  read(request: Request): string | null {
    for (const part of (request.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === REFRESH_COOKIE) return value.join('=') || null;
    }
    return null;
  }

  /** Puts the session's refresh token in the cookie and returns what the body may carry. */
  hand(session: Session, request: Request, response: Response): LoginResponseDto {
    response.cookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: request.secure,
      path: REFRESH_COOKIE_PATH,
      maxAge: this.config.refreshTokenTtlSeconds * 1000,
    });
    return { accessToken: session.accessToken, user: session.user };
  }

  clear(request: Request, response: Response): void {
    response.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure: request.secure, path: REFRESH_COOKIE_PATH });
  }
}
