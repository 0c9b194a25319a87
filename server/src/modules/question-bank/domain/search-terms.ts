/**
 * The words of a search: split at any white space (the ideographic space of a Chinese keyboard
 * included), full-width letters and digits folded, repeats and words contained in another dropped.
 * Every word must match; Chinese needs no spaces, since each word matches as a substring.
 */
export const MAX_SEARCH_TERMS = 8;

export function searchTerms(query: string): string[] {
  const words = [
    ...new Set(
      query
        .normalize('NFKC')
        .toLowerCase()
        .split(/[\s\u3000]+/)
        .filter(Boolean),
    ),
  ];
  const kept = words.filter((w, i) => !words.some((other, j) => j !== i && other !== w && other.includes(w)));
  return kept.slice(0, MAX_SEARCH_TERMS);
}

/** A term as an ILIKE pattern matching it anywhere, its wildcards taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
