/** No request of ours nests deeper than a few levels; this leaves room and still stops a nesting bomb. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether JSON text nests objects and arrays deeper than `limit`, read in one pass before it is
 * parsed: a body of a million `[` parses into something every later step (conversion, validation,
 * logging) recurses into. Brackets inside strings do not count.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

/**
 * body-parser's `verify` hook: runs on the raw body before JSON.parse and refuses one nested deeper
 * than MAX_JSON_DEPTH with a 400, on every JSON route, logged in or not.
 */
export function refuseDeepJson(_request: unknown, _response: unknown, body: Buffer, encoding: string): void {
  const text = /^utf-?8$/i.test(encoding) ? body.toString('utf8') : new TextDecoder(encoding).decode(body);
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw Object.assign(new Error(`请求体的嵌套超过 ${MAX_JSON_DEPTH} 层，已拒绝`), { status: 400, type: 'entity.too.deep' });
  }
}
