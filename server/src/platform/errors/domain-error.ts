/**
 * What went wrong, in the domain's words. Services throw these; the HTTP status is chosen in one
 * place (domain-error.filter.ts), so no service knows about HTTP. Every error carries a stable code
 * declared once in its module's catalogue (error-catalogue.ts); the client translates by code.
 */
export type DomainErrorKind =
  | 'invalid' // the request breaks a rule the caller can fix
  | 'unauthenticated'
  | 'forbidden' // role or scope does not allow it
  | 'not_found' // absent, or not the caller's to know about
  | 'conflict' // clashes with the current state (duplicate, still in use, stale write)
  | 'unprocessable' // a file or batch with row-level errors; details list them
  | 'too_large'
  | 'throttled'
  | 'unavailable' // a dependency (the database) cannot be reached; try again later
  | 'internal'; // a fault of ours: only the edge answers this, for an error no catalogue names

/** What a translation may need: each placeholder of the code's message, by name. */
export type ErrorParams = Readonly<Record<string, string | number>>;

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    /** The zh-CN text, placeholders filled in. */
    message: string,
    readonly params?: ErrorParams,
    readonly details?: unknown,
    /** Seconds, for throttled errors. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
