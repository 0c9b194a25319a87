import { fillPlaceholders } from './error-catalogue';

/**
 * One problem among many that a check reports without stopping (an import's row, a question draft's
 * field): a stable code with the params its text needs, beside the zh-CN message built from them.
 * Where it is (row/line/field) is the report's business, not the code's.
 */
export interface Issue {
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly message: string;
}

type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

type Say<Code extends string, Message extends string> = ([Placeholders<Message>] extends [never]
  ? () => Issue
  : (params: Readonly<Record<Placeholders<Message>, string | number>>) => Issue) & { readonly code: Code };

export type IssueCatalogue<Entries extends Record<string, string>> = {
  readonly [Code in keyof Entries & string]: Say<Code, Entries[Code]>;
};

const registered = new Map<string, string>();

/** Every issue code of every catalogue loaded so far; the OpenAPI document lists them (IssueCode). */
export function registeredIssueCodes(): string[] {
  return [...registered.keys()].sort((a, b) => a.localeCompare(b));
}

const CODE = /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z0-9]*)+$/;

/**
 * Declares a module's issue codes once, each with its zh-CN text whose `{name}` placeholders are
 * the params (type-checked at the call): `QuestionIssues['questionBank.check.stemEmpty']()`.
 * The client translates by code (client/src/i18n/issue-texts.*.ts); the message stays the fallback.
 */
export function defineIssues<const Entries extends Record<string, string>>(entries: Entries): IssueCatalogue<Entries> {
  const catalogue: Record<string, unknown> = {};
  for (const [code, message] of Object.entries(entries)) {
    if (!CODE.test(code)) throw new Error(`issue code ${code} is not module.dotted.camelCase`);
    if (registered.has(code)) throw new Error(`issue code ${code} is declared twice`);
    registered.set(code, message);
    const names = [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const say = (arg: Record<string, string | number> = {}): Issue => {
      if (!names.length) return { code, message };
      const params = Object.fromEntries(names.map((name) => [name, arg[name]]));
      return { code, params, message: fillPlaceholders(message, params) };
    };
    catalogue[code] = Object.assign(say, { code });
  }
  return catalogue as IssueCatalogue<Entries>;
}
