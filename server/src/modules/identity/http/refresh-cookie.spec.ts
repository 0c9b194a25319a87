import type { Request, Response } from 'express';
import type { AppConfig } from '../../../platform/config/app-config';
import { RefreshCookie } from './refresh-cookie';

const session = {
  accessToken: 'access',
  refreshToken: 'the-refresh-token',
  user: { id: 'u', username: 'staff01', displayName: '王建国', roles: ['staff'], mustChangePassword: false },
};

function handOver(secure: boolean) {
  const cookies: Array<{ name: string; value: string; options: Record<string, unknown> }> = [];
  const response = {
    cookie: (name: string, value: string, options: Record<string, unknown>) => cookies.push({ name, value, options }),
  } as unknown as Response;
  const body = new RefreshCookie({ refreshTokenTtlSeconds: 3600 } as AppConfig).hand(session, { secure } as Request, response);
  return { body, cookie: cookies[0] };
}

describe('refresh cookie', () => {
  it('is httpOnly, SameSite=Strict and limited to the auth routes, and the body never carries the token', () => {
    const { body, cookie } = handOver(false);
    expect(cookie).toEqual({
      name: 'kp_refresh',
      value: 'the-refresh-token',
      options: { httpOnly: true, sameSite: 'strict', secure: false, path: '/api/auth', maxAge: 3_600_000 },
    });
    expect(JSON.stringify(body)).not.toContain('the-refresh-token');
  });

  it('is Secure when the request came over https', () => {
    expect(handOver(true).cookie.options.secure).toBe(true);
  });

  it('reads the cookie among others and nothing else', () => {
    const cookie = new RefreshCookie({} as AppConfig);
    expect(cookie.read({ headers: { cookie: 'theme=dark; kp_refresh=abc-DEF_1=; other=1' } } as Request)).toBe('abc-DEF_1=');
    expect(cookie.read({ headers: { cookie: 'kp_refresh_x=1' } } as Request)).toBeNull();
    expect(cookie.read({ headers: {} } as Request)).toBeNull();
  });
});
