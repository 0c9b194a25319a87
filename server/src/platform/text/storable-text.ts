const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a text cannot be stored, or null. PostgreSQL refuses a NUL in text ("invalid byte sequence")
 * and a lone UTF-16 surrogate has no UTF-8 form, so either would otherwise surface as a 500 from deep
 * inside a query. Requests (every field of every DTO) and imports (every field of every row) both ask this.
 */
export function unstorableTextProblem(text: string): string | null {
  if (text.includes('\0')) return '不能包含空字符（NUL）';
  if (LONE_SURROGATE.test(text)) return '含有无效的 Unicode 字符（不成对的代理项）';
  return null;
}
