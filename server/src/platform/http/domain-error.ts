/**
 * What went wrong, in the domain's words. Services throw these; the HTTP status is chosen in one
 * place (domain-error.filter.ts), so no service knows about HTTP.
 */
export type DomainErrorKind =
  | 'invalid' // the request breaks a rule the caller can fix
  | 'unauthenticated'
  | 'forbidden' // role or scope does not allow it
  | 'not_found' // absent, or not the caller's to know about
  | 'conflict' // clashes with the current state (duplicate, still in use, stale write)
  | 'unprocessable' // a file or batch with row-level errors; details list them
  | 'too_large'
  | 'throttled';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly details?: unknown,
    /** Seconds, for throttled errors. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
