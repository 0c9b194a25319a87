import { unstorableTextProblem } from '../text/storable-text';

/** Every string (and object key) in a parsed request value that `unstorableTextProblem` refuses, as "path: problem". */
export function hostileTextProblems(value: unknown, path = ''): string[] {
  if (typeof value === 'string') {
    const problem = unstorableTextProblem(value);
    return problem ? [`${path || '值'}: ${problem}`] : [];
  }
  if (value === null || typeof value !== 'object') return [];
  const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  return entries.flatMap(([key, v]) => {
    const at = path ? `${path}.${key}` : key;
    const keyProblem = unstorableTextProblem(key);
    return [...(keyProblem ? [`${at}: 字段名${keyProblem}`] : []), ...hostileTextProblems(v, at)];
  });
}

/** The largest number a query parameter may carry: PostgreSQL's integer, which pages, counts and months all fit in. */
export const MAX_QUERY_NUMBER = 2_147_483_647;

/** Numbers in a converted query that are not finite or lie beyond ±MAX_QUERY_NUMBER (`page=1e300`). */
export function hostileNumberProblems(value: unknown, path = ''): string[] {
  if (typeof value === 'number')
    return Number.isFinite(value) && Math.abs(value) <= MAX_QUERY_NUMBER
      ? []
      : [`${path || '值'}: 超出允许的范围（须在 ±${MAX_QUERY_NUMBER} 以内）`];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => hostileNumberProblems(v, path ? `${path}.${key}` : key));
}
