import { DomainError, DomainErrorKind } from './domain-error';

/**
 * One catalogue per module declares each of its error codes once: its kind (which picks the HTTP
 * status) and its zh-CN message, whose `{name}` placeholders are the params a translation needs.
 * Throw sites name the code and give the params, type-checked against the placeholders:
 *
 *   throw ExamErrors['exams.attempt.notOpenYet']({ opensAt });
 *
 * The client translates by code (client/src/i18n/error-texts.*.ts); the message stays the fallback.
 */
export interface ErrorEntry {
  readonly kind: DomainErrorKind;
  readonly message: string;
}

export interface ErrorDefinition extends ErrorEntry {
  readonly code: string;
}

/** Beside the params: what the client acts on (details) and the Retry-After of a throttled error. */
export interface ErrorExtras {
  readonly details?: unknown;
  readonly retryAfterSeconds?: number;
}

type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

type Raise<Code extends string, Message extends string> = ([Placeholders<Message>] extends [never]
  ? (extras?: ErrorExtras) => DomainError
  : (params: Readonly<Record<Placeholders<Message>, string | number>> & ErrorExtras) => DomainError) & {
  readonly code: Code;
  readonly message: Message;
};

export type ErrorCatalogue<Entries extends Record<string, ErrorEntry>> = {
  readonly [Code in keyof Entries & string]: Raise<Code, Entries[Code]['message']>;
};

const registered = new Map<string, ErrorDefinition>();

/** Every code of every catalogue loaded so far; the OpenAPI document lists them (ErrorCode). */
export function registeredErrorDefinitions(): ErrorDefinition[] {
  return [...registered.values()].sort((a, b) => a.code.localeCompare(b.code));
}

const CODE = /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z0-9]*)+$/;

export function fillPlaceholders(message: string, params: Readonly<Record<string, unknown>>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function defineErrors<const Entries extends Record<string, ErrorEntry>>(entries: Entries): ErrorCatalogue<Entries> {
  const catalogue: Record<string, unknown> = {};
  for (const [code, entry] of Object.entries(entries)) {
    if (!CODE.test(code)) throw new Error(`error code ${code} is not module.dotted.camelCase`);
    if (registered.has(code)) throw new Error(`error code ${code} is declared twice`);
    registered.set(code, { code, ...entry });
    const names = [...entry.message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const raise = (arg: Record<string, unknown> & ErrorExtras = {}) => {
      const params = Object.fromEntries(names.map((name) => [name, arg[name] as string | number]));
      return new DomainError(
        code,
        entry.kind,
        fillPlaceholders(entry.message, params),
        names.length ? params : undefined,
        arg.details,
        arg.retryAfterSeconds,
      );
    };
    catalogue[code] = Object.assign(raise, { code, message: entry.message });
  }
  return catalogue as ErrorCatalogue<Entries>;
}
