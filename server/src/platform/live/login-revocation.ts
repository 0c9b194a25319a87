/**
 * A login (or every login of a user) ended: logout, a replayed refresh token, a disabled account, a
 * change of roles, unit or password. Identity publishes it on the live bus after the change commits;
 * every instance closes the matching sockets, which otherwise would live on until their token expires.
 * Not a watchable topic: page topics are `kind:uuid`.
 */
export const LOGIN_REVOCATION_TOPIC = 'login-revoked';

/** One login ended, or every login of a user. */
export type LoginRevocation = { sessionId: string } | { userId: string };

export function parseLoginRevocation(json: string): LoginRevocation | null {
  try {
    const value = JSON.parse(json) as Record<string, unknown> | null;
    if (typeof value?.sessionId === 'string') return { sessionId: value.sessionId };
    if (typeof value?.userId === 'string') return { userId: value.userId };
    return null;
  } catch {
    return null;
  }
}

export function revokes(revocation: LoginRevocation, login: { userId: string; sessionId: string }): boolean {
  return 'sessionId' in revocation ? revocation.sessionId === login.sessionId : revocation.userId === login.userId;
}
